package dev.mockloop.pack.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.mockloop.pack.PackBundle;
import dev.mockloop.pack.PackException;
import dev.mockloop.pack.PackFixtures;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.pack.PackWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Downloads from a server on 127.0.0.1 only. */
class DownloadTest {

    private static final int LIMIT = 64 * 1024;

    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/pack.json", PackFixtures.utf8(PackFixtures.minimal()), true);
        serve("/pack.zip", PackFixtures.zipPack(PackFixtures.minimal(), Map.of()), true);
        serve("/questions.csv", PackFixtures.utf8("title,behavioral,design\nA queue,Tell me.,Design a queue.\n"), true);
        serve("/announced-big.json", new byte[LIMIT + 1], true);
        serve("/chunked-big.json", new byte[LIMIT * 3], false);
        server.createContext("/stalled.json", exchange -> {
            exchange.sendResponseHeaders(200, 1000);
            exchange.getResponseBody().write("{\"formatVersion\"".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            headersSent.countDown();
            await(release);
            exchange.close();
        });
        server.createContext("/silent.json", exchange -> {
            headersSent.countDown();
            await(release);
            exchange.close();
        });
        server.createContext("/trickle.json", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                while (release.getCount() > 0) {
                    out.write(' ');
                    out.flush();
                    await(release, 20);
                }
            } catch (IOException hungUp) {
                // the client gave up, as it should at the deadline
            }
        });
        server.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/gzipped.json", exchange -> {
            byte[] gz = gzip(PackFixtures.utf8(PackFixtures.minimal()));
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, gz.length);
            exchange.getResponseBody().write(gz);
            exchange.close();
        });
        server.createContext("/pack.json.gz", exchange -> {
            byte[] gz = gzip(PackFixtures.utf8(PackFixtures.minimal()));
            exchange.sendResponseHeaders(200, gz.length);
            exchange.getResponseBody().write(gz);
            exchange.close();
        });
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private final java.util.concurrent.CountDownLatch headersSent = new java.util.concurrent.CountDownLatch(1);
    private final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);

    private static void await(java.util.concurrent.CountDownLatch latch) {
        await(latch, 60_000);
    }

    private static void await(java.util.concurrent.CountDownLatch latch, long ms) {
        try {
            latch.await(ms, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** Short timeouts, so the stall tests take a fraction of a second. */
    private static Download quick(Duration stall, Duration total) {
        return new Download(LIMIT, new Download.Timeouts(Duration.ofSeconds(5), stall, total));
    }

    private void serve(String path, byte[] body, boolean announceLength) {
        server.createContext(path, exchange -> {
            exchange.sendResponseHeaders(200, announceLength ? body.length : 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < body.length; i += 8192) {
                    out.write(body, i, Math.min(8192, body.length - i));
                }
            } catch (IOException ignored) {
                // the client hung up, as it should past the limit
            }
        });
    }

    private PackSources sources() {
        return new PackSources(new PackReader(), new PackWriter(), new Download(LIMIT));
    }

    @Test
    void jsonZipAndCsvPacksDownloadWithProgress() throws Exception {
        List<long[]> progress = new ArrayList<>();
        PackLibrary none = new PackLibrary(List.of(), java.util.Set.of());
        dev.mockloop.pack.PackTemplate template = dev.mockloop.pack.PackTemplate.of(
                new PackReader().check("t", PackFixtures.utf8(PackFixtures.minimal())).pack());

        PackBundle json = sources().download(base + "/pack.json", (b, t) -> progress.add(new long[] {b, t}), () -> false, none);
        PackBundle zip = sources().download(base + "/pack.zip", Download.Progress.NONE, () -> false, none);
        byte[] csv = new Download(LIMIT).fetch(base + "/questions.csv", Download.Progress.NONE, () -> false);

        assertEquals("test.minimal", json.pack().id());
        assertEquals("test.minimal", zip.pack().id());
        assertEquals("A queue", sources().readCsv("questions.csv", csv,
                CsvOptions.defaults("questions.csv", none), template).pack().questions().get(0).title());
        long total = PackFixtures.utf8(PackFixtures.minimal()).length;
        assertArrayEquals(new long[] {total, total}, progress.get(progress.size() - 1), "ends at the full size");
        assertEquals(0, progress.get(0)[0], "starts at zero");
    }

    @Test
    void serverAnnouncingMoreThanTheLimitIsRefusedBeforeTheBody() {
        PackException e = assertThrows(PackException.class,
                () -> new Download(LIMIT).fetch(base + "/announced-big.json", Download.Progress.NONE, () -> false));

        assertTrue(e.getMessage().contains("65,537 bytes, 1 byte over the limit of 65,536 bytes (64 KiB)"),
                e.getMessage());
    }

    @Test
    void bodyGrowingPastTheLimitIsCutOff() {
        long[] last = {0};

        PackException e = assertThrows(PackException.class, () -> new Download(LIMIT)
                .fetch(base + "/chunked-big.json", (bytes, total) -> last[0] = bytes, () -> false));

        assertTrue(e.getMessage().contains("over the limit of"), e.getMessage());
        assertTrue(last[0] <= LIMIT, "never keeps more than the limit: " + last[0]);
    }

    @Test
    void cancelStopsTheDownload() {
        PackException e = assertThrows(PackException.class,
                () -> new Download(LIMIT * 4).fetch(base + "/chunked-big.json", Download.Progress.NONE, () -> true));

        assertTrue(e.getMessage().contains("cancelled"), e.getMessage());
    }

    @Test
    void serverErrorAndOtherSchemesGetClearMessages() {
        PackException missing = assertThrows(PackException.class,
                () -> new Download(LIMIT).fetch(base + "/missing", Download.Progress.NONE, () -> false));
        PackException file = assertThrows(PackException.class,
                () -> new Download(LIMIT).fetch("file:///etc/passwd", Download.Progress.NONE, () -> false));

        assertTrue(missing.getMessage().contains("answered 404"), missing.getMessage());
        assertTrue(file.getMessage().contains("only http:// and https://"), file.getMessage());
    }

    @Test
    void aServerThatSendsHeadersThenNothingIsStoppedAsANetworkStall() {
        long started = System.nanoTime();

        PackException e = assertThrows(PackException.class, () -> quick(Duration.ofSeconds(2), Duration.ofMinutes(1))
                .fetch(base + "/stalled.json", Download.Progress.NONE, () -> false));

        assertTrue(e.getMessage().contains("the network stalled: nothing arrived for 2 s after 16 bytes"),
                e.getMessage());
        assertTrue(System.nanoTime() - started < 10_000_000_000L, "gave up at the stall, not never");
    }

    @Test
    void aServerThatNeverAnswersIsStoppedToo() {
        PackException e = assertThrows(PackException.class, () -> quick(Duration.ofMillis(300), Duration.ofMinutes(1))
                .fetch(base + "/silent.json", Download.Progress.NONE, () -> false));

        assertTrue(e.getMessage().contains("the server did not answer within 300 ms"), e.getMessage());
    }

    @Test
    void cancelStopsADownloadBlockedOnAStalledServer() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean cancel = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.CompletableFuture<Throwable> outcome = new java.util.concurrent.CompletableFuture<>();
        Thread downloading = new Thread(() -> {
            try {
                new Download(LIMIT).fetch(base + "/stalled.json", Download.Progress.NONE, cancel::get);
                outcome.complete(null);
            } catch (Throwable t) {
                outcome.complete(t);
            }
        });
        downloading.start();
        assertTrue(headersSent.await(10, java.util.concurrent.TimeUnit.SECONDS), "the server sent its headers");

        cancel.set(true);

        Throwable t = outcome.get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(t instanceof PackException && t.getMessage().contains("cancelled"), String.valueOf(t));
        downloading.join(1000);
        assertTrue(!downloading.isAlive(), "the downloading thread is free again at once");
    }

    @Test
    void interruptingTheThreadStopsABlockedDownload() throws Exception {
        java.util.concurrent.CompletableFuture<Throwable> outcome = new java.util.concurrent.CompletableFuture<>();
        Thread downloading = new Thread(() -> {
            try {
                new Download(LIMIT).fetch(base + "/stalled.json", Download.Progress.NONE, () -> false);
                outcome.complete(null);
            } catch (Throwable t) {
                outcome.complete(t);
            }
        });
        downloading.start();
        assertTrue(headersSent.await(10, java.util.concurrent.TimeUnit.SECONDS));

        downloading.interrupt();

        Throwable t = outcome.get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(t instanceof PackException && t.getMessage().contains("interrupted"), String.valueOf(t));
    }

    @Test
    void aTrickleThatNeverEndsStopsAtTheTotalDeadline() {
        PackException e = assertThrows(PackException.class, () -> quick(Duration.ofSeconds(5), Duration.ofMillis(400))
                .fetch(base + "/trickle.json", Download.Progress.NONE, () -> false));

        assertTrue(e.getMessage().contains("the download took longer than 400 ms"), e.getMessage());
    }

    @Test
    void aRedirectLoopIsNamed() {
        PackException e = assertThrows(PackException.class,
                () -> new Download(LIMIT).fetch(base + "/loop", Download.Progress.NONE, () -> false));

        assertTrue(e.getMessage().contains("redirects in a loop"), e.getMessage());
        assertTrue(!e.getMessage().contains("answered 302"), e.getMessage());
    }

    @Test
    void compressedBodiesAreNamedNotCalledNonUtf8() {
        PackException encoded = assertThrows(PackException.class, () -> sources().download(base + "/gzipped.json",
                Download.Progress.NONE, () -> false, new PackLibrary(List.of(), java.util.Set.of())));
        PackException gzFile = assertThrows(PackException.class, () -> sources().download(base + "/pack.json.gz",
                Download.Progress.NONE, () -> false, new PackLibrary(List.of(), java.util.Set.of())));

        assertTrue(encoded.getMessage().contains("compressed (Content-Encoding: gzip)"), encoded.getMessage());
        assertTrue(gzFile.getMessage().contains("gzip-compressed data, not a pack"), gzFile.getMessage());
        assertTrue(!gzFile.getMessage().contains("UTF-8"), gzFile.getMessage());
    }

    @Test
    void aLimitPassedByMuchIsShownInItsUnit() {
        assertEquals("70.0 MiB, 6.0 MiB over the limit of 64.0 MiB",
                dev.mockloop.pack.PackLimits.passes(70L << 20, 64L << 20));
        assertEquals("67,108,865 bytes, 1 byte over the limit of 67,108,864 bytes (64.0 MiB)",
                dev.mockloop.pack.PackLimits.passes((64L << 20) + 1, 64L << 20));
    }
}
