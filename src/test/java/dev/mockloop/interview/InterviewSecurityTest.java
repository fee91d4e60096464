package dev.mockloop.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of issue 13 for a server on the candidate's machine, each tried against the real
 * server on 127.0.0.1 with hostile requests.
 */
class InterviewSecurityTest {

    private final ServerFixture fx = new ServerFixture();

    @AfterEach
    void stop() {
        fx.close();
    }

    private static String host(String link) {
        return "127.0.0.1:" + ServerFixture.port(link);
    }

    @Test
    void thePageIsServedOnlyWithItsTokenAndStrictHeaders() {
        String link = fx.invite();
        String token = ServerFixture.token(link);
        assertTrue(token.length() >= 22, "at least 128 bits in URL-safe Base64");

        RawHttp.Reply page = RawHttp.get(ServerFixture.port(link), "/i/" + token + "/", host(link));

        assertEquals(200, page.status());
        String csp = page.header("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
        assertEquals("DENY", page.header("X-Frame-Options"));
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertEquals("no-referrer", page.header("Referrer-Policy"));
        assertEquals("no-store", page.header("Cache-Control"), "the answer key is never cached");
        assertEquals(null, page.header("Server"), "no server name or version");
        assertTrue(page.body().contains("<script src=\"page.js\""));
        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(page.body()).find(), "no inline script");
        assertFalse(Pattern.compile("\\son[a-z]+=", Pattern.CASE_INSENSITIVE).matcher(page.body()).find(),
                "no inline event handlers");
        assertFalse(page.body().contains("http://") || page.body().contains("https://"), "nothing from elsewhere");
    }

    @Test
    void everyRequestWithoutTheTokenIsRefused() {
        String link = fx.invite();
        String token = ServerFixture.token(link);
        int port = ServerFixture.port(link);
        String otherToken = InviteToken.random(new java.security.SecureRandom()).value();
        List<String> paths = List.of("/", "/i/", "/i//", "/page.js", "/ws", "/i/" + otherToken + "/",
                "/i/" + token.substring(0, token.length() - 1) + "/", "/i/" + token + "x/",
                "/i/" + token.toUpperCase(java.util.Locale.ROOT) + "/", "/i/" + otherToken + "/page.js",
                "/i/" + otherToken + "/ws", "/index.html", "/favicon.ico");
        for (String path : paths) {
            RawHttp.Reply reply = RawHttp.get(port, path, host(link));
            assertTrue(Set.of(400, 403, 404).contains(reply.status()), path + " gave " + reply.status());
            assertFalse(reply.body().contains("<html") || reply.body().contains("answer"), path);
            assertEquals("DENY", reply.header("X-Frame-Options"), "refusals carry the headers too");
        }
        assertTrue(RawHttp.get(port, "/i/" + otherToken + "/", host(link)).body().contains("not valid"));
    }

    @Test
    void aSocketWithoutTheTokenOrFromAnotherSiteIsRefused() {
        String link = fx.invite();
        URI page = URI.create(link);
        String origin = "http://" + page.getAuthority();
        String wrong = InviteToken.random(new java.security.SecureRandom()).value();
        URI right = URI.create("ws://" + page.getAuthority() + page.getPath() + "ws");

        assertThrows(CompletionException.class,
                () -> PageClient.open(URI.create("ws://" + page.getAuthority() + "/i/" + wrong + "/ws"), origin));
        assertThrows(CompletionException.class,
                () -> PageClient.open(URI.create("ws://" + page.getAuthority() + "/ws"), origin));
        assertThrows(CompletionException.class, () -> PageClient.open(right, "http://evil.example"),
                "a page on another site cannot connect, even with the link");
        assertThrows(CompletionException.class, () -> PageClient.open(right, null), "no Origin, no socket");
        try (PageClient ok = PageClient.open(right, origin)) {
            assertEquals(1, ok.next("welcome").path("seat").asInt(), "the page itself connects");
        }
    }

    @Test
    void theTokenExpiresWhenTheInvitationIsWithdrawnAndTheServerStopsWithIt() {
        String link = fx.invite();
        int port = ServerFixture.port(link);
        try (PageClient page = PageClient.open(link, null)) {
            page.next("welcome");
            fx.onRound(fx.service::withdraw);

            assertTrue(page.next("ended").path("reason").asText().contains("withdrew"));
            assertEquals(1000, page.closeCode());
        }
        fx.awaitStatus(s -> s.state() == InviteStatus.State.NONE);
        UncheckedIOException refused = assertThrows(UncheckedIOException.class,
                () -> awaitStopped(port, link));
        // Refused, or (caught as it stopped) accepted and closed with nothing served.
        assertTrue(refused.getCause() instanceof ConnectException || refused.getCause() instanceof java.io.EOFException,
                "the server has stopped: " + refused.getCause());

        String again = fx.invite();
        assertNotEquals(ServerFixture.token(link), ServerFixture.token(again), "a new invitation has a new token");
        RawHttp.Reply old = RawHttp.get(ServerFixture.port(again), "/i/" + ServerFixture.token(link) + "/",
                host(again));
        assertEquals(403, old.status(), "the withdrawn token does not work on the new server");
    }

    /** The server stops on its own thread just after the status says so: ask until it refuses. */
    private static void awaitStopped(int port, String link) {
        for (int i = 0; i < 200; i++) {
            RawHttp.Reply reply = RawHttp.get(port, URI.create(link).getPath(), "127.0.0.1:" + port);
            assertEquals(403, reply.status(), "while it stops, the expired token is refused");
            Thread.onSpinWait();
        }
        throw new AssertionError("the server still answers");
    }

    @Test
    void theTokenExpiresWhenTheRoundIsSaved() {
        String link = fx.invite();
        try (PageClient page = PageClient.open(link, null)) {
            page.next("welcome");
            fx.onRound(() -> {
                fx.round.active.start();
                fx.round.active.finish();
                fx.round.active.save(new byte[0], true);
            });

            assertTrue(page.next("ended").path("reason").asText().contains("saved the round"));
        }
        RawHttp.Reply after = assertDoesNotServe(link);
        assertTrue(after == null || after.status() == 403);
    }

    private static RawHttp.Reply assertDoesNotServe(String link) {
        try {
            RawHttp.Reply reply = RawHttp.get(ServerFixture.port(link), URI.create(link).getPath(), host(link));
            assertEquals(403, reply.status());
            return reply;
        } catch (UncheckedIOException stopped) {
            return null;
        }
    }

    @Test
    void oneInterviewerAtATimeUnlessTheCandidateAllowsASecond() {
        String link = fx.invite();
        try (PageClient first = PageClient.open(link, null)) {
            assertEquals(1, first.next("welcome").path("seat").asInt());
            try (PageClient second = PageClient.open(link, null)) {
                assertTrue(second.next("refused").path("reason").asText().contains("allow a second"));
                assertEquals(1008, second.closeCode());
            }
            fx.onRound(() -> fx.service.allowSecond(true));
            try (PageClient second = PageClient.open(link, null)) {
                assertEquals(2, second.next("welcome").path("seat").asInt());
                try (PageClient third = PageClient.open(link, null)) {
                    third.next("refused");
                }
            }
        }
    }

    @Test
    void anOversizedMessageClosesTheSocketAndChangesNothing() {
        String link = fx.invite();
        String key;
        try (PageClient page = PageClient.open(link, null)) {
            key = page.next("welcome").path("seatKey").asText();
            String huge = "{\"type\":\"notes\",\"text\":\"" + "x".repeat(InterviewServer.MAX_MESSAGE_BYTES + 10) + "\"}";
            page.sendAsync(huge);
            assertEquals(1009, page.closeCode(), "1009: message too big");
        }
        // Back with its seat key, as the page reconnects (the server may not have seen the close yet).
        try (PageClient again = PageClient.open(link, key)) {
            assertEquals("", again.next("sheet").path("notes").asText());
        }
    }

    @Test
    void oversizedRequestHeadersAndUploadsAreRefused() {
        String link = fx.invite();
        int port = ServerFixture.port(link);
        String path = URI.create(link).getPath();

        RawHttp.Reply big = RawHttp.send(port, "GET " + path + " HTTP/1.1\r\nHost: " + host(link)
                + "\r\nX-Filler: " + "a".repeat(16 * 1024) + "\r\nConnection: close\r\n\r\n");
        assertEquals(431, big.status());

        String body = "{\"type\":\"submit\"}";
        RawHttp.Reply post = RawHttp.send(port, "POST " + path + " HTTP/1.1\r\nHost: " + host(link)
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
        assertEquals(405, post.status());
        for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE")) {
            RawHttp.Reply other = RawHttp.send(port, method + " " + path + " HTTP/1.1\r\nHost: " + host(link)
                    + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            assertTrue(other.status() == 405 || other.status() == 400, method + " gave " + other.status());
        }
    }

    @Test
    void aForgedHostIsRefusedAgainstDnsRebinding() {
        String link = fx.invite();
        RawHttp.Reply reply = RawHttp.get(ServerFixture.port(link), URI.create(link).getPath(),
                "attacker.example:" + ServerFixture.port(link));
        assertEquals(421, reply.status());
        assertFalse(reply.body().contains("<html"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../../../etc/passwd", "%2e%2e/%2e%2e/%2e%2e/etc/passwd", "..%2f..%2fpom.xml",
        "page.js/../../../pom.xml", "mockloop.db", "../mockloop.db", "WEB-INF/web.xml",
        "dev/mockloop/interview/page/index.html", "%00", "page.js%00.html", "/etc/passwd", "..\\..\\pom.xml",
        "%252e%252e/pom.xml", "page.js;jsessionid=1", "ws/../../pom.xml", "..", ".", "index.html",
        "../../db/migration/V1__initial.sql", "file:///etc/passwd"})
    void noPathReachesAFilePackOrTheDatabase(String tail) {
        String link = fx.invite();
        String token = ServerFixture.token(link);
        RawHttp.Reply reply = RawHttp.get(ServerFixture.port(link), "/i/" + token + "/" + tail, host(link));

        if (reply.status() == 200) {
            Set<String> assets = Set.of(asset(""), asset("page.js"), asset("page.css"));
            assertTrue(assets.contains(reply.body()), "only the page's own three files are ever served");
        } else {
            assertTrue(Set.of(303, 400, 403, 404).contains(reply.status()), tail + " gave " + reply.status());
        }
        assertFalse(reply.body().contains("root:") || reply.body().contains("<project")
                || reply.body().contains("CREATE TABLE") || reply.body().contains("SQLite"), tail);
    }

    private static String asset(String name) {
        return new String(PageAssets.get(name).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aFloodOfMessagesIsLimitedAndThenCut() {
        String link = fx.invite();
        try (PageClient page = PageClient.open(link, null)) {
            page.next("welcome");
            // Until the server cuts it: on a slow machine the bucket refills (20 a second) as we send.
            for (int i = 0; i < 5_000 && !page.closed.isDone(); i++) {
                try {
                    page.send("{\"type\":\"notes\",\"text\":\"" + i + "\"}");
                } catch (CompletionException closedMeanwhile) {
                    break;
                }
            }
            assertTrue(page.next("error").path("message").asText().contains("too fast"));
            // Cut with 1008; or, when one of our sends was still on the wire as the server
            // closed, the client sees the broken connection (-1) before the close frame.
            int code = page.closeCode();
            assertTrue(code == 1008 || code == -1, "closed with " + code);
        }
        assertTrue(fx.round.shown.isEmpty());
    }

    @Test
    void manyWrongTokensFromOneAddressAreSlowedDown() {
        String link = fx.invite();
        int last = 0;
        for (int i = 0; i < 15; i++) {
            last = RawHttp.get(ServerFixture.port(link), "/i/" + "A".repeat(43) + "/", host(link)).status();
        }
        assertEquals(429, last);
    }

    @Test
    void aScriptInANoteIsKeptAsPlainTextWithoutControlCharacters() {
        String link = fx.invite();
        String key;
        try (PageClient page = PageClient.open(link, null)) {
            key = page.next("welcome").path("seatKey").asText();
            page.send("{\"type\":\"notes\",\"text\":\"<script>alert(1)</script>\\u202e<img src=x onerror=alert(2)>\\u0000!\"}");
            page.sync();
        }
        try (PageClient again = PageClient.open(link, key)) {
            assertEquals("<script>alert(1)</script><img src=x onerror=alert(2)>!",
                    again.next("sheet").path("notes").asText(),
                    "kept as the characters typed (the page sets it as text), bidi override and NUL dropped");
        }
    }

    @Test
    void messagesThatAreNotCommandsChangeNothing() {
        String link = fx.invite();
        try (PageClient page = PageClient.open(link, null)) {
            page.next("welcome");
            List<String> hostile = List.of("not json", "[]", "{}", "{\"type\":\"readAttempt\",\"id\":1}",
                    "{\"type\":\"fire\",\"probe\":-1}", "{\"type\":\"fire\",\"probe\":99999}",
                    "{\"type\":\"fire\",\"probe\":\"0\"}", "{\"type\":\"fire\",\"probe\":0.5}",
                    "{\"type\":\"fire\",\"probe\":1e400}", "{\"type\":\"fire\"}",
                    "{\"type\":\"draft\",\"levels\":{\"../../etc/passwd\":3}}",
                    "{\"type\":\"draft\",\"levels\":{\"x\":{\"y\":[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]}}}",
                    "{\"type\":\"submit\",\"verdict\":\"DROP TABLE attempts\"}",
                    "{\"type\":\"draft\",\"failureModes\":[\"../packs\"]}",
                    "{\"type\":\"nudge\",\"message\":{\"toString\":1}}");
            for (String message : hostile) {
                page.send(message);
                assertFalse(page.next("error").path("message").asText().isBlank(), message);
            }
        }
        assertTrue(fx.round.shown.isEmpty());
        assertTrue(fx.round.nudges.isEmpty());
        assertTrue(fx.saved.isEmpty());
    }
}
