package dev.mockloop.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.Dimension;
import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Point;
import dev.mockloop.sketch.Shape;
import dev.mockloop.sketch.ShapeKind;
import dev.mockloop.sketch.Style;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the interviewer sees and does through the page's socket, against the real server. */
class InterviewPageTest {

    private ServerFixture fx = new ServerFixture();

    @AfterEach
    void stop() {
        fx.close();
    }

    private String allLevels(int level) {
        return fx.round.round().question().pack().pack().rubric().dimensions().stream()
                .map(d -> "\"" + d.id() + "\":" + level).collect(Collectors.joining(",", "{", "}"));
    }

    /**
     * Waits until the server has handled everything this page sent, then until the round thread
     * has run what it handed on.
     */
    private void sync(PageClient page) {
        page.sync();
        fx.onRound(() -> { });
    }

    @Test
    void thePageGetsTheQuestionBothPromptsTheAnswerKeyAndTheRubric() {
        String link = fx.invite();
        try (PageClient page = PageClient.open(link, null)) {
            JsonNode brief = page.next("brief");
            var q = fx.round.round().question().question();
            assertEquals(q.title(), brief.path("title").asText());
            assertEquals(q.behavioral().prompt(), brief.path("behavioral").path("prompt").asText());
            assertEquals(q.design().prompt(), brief.path("design").path("prompt").asText());
            assertEquals(q.design().signals().size(), brief.path("design").path("signals").size());
            assertEquals(q.design().clarifyingQuestions().size(),
                    brief.path("design").path("clarifyingQuestions").size());
            assertEquals(fx.round.round().probes().schedule().size(), brief.path("probes").size());
            Dimension first = fx.round.round().question().pack().pack().rubric().dimensions().get(0);
            JsonNode dim = brief.path("rubric").get(0);
            assertEquals(first.title(), dim.path("title").asText());
            assertEquals(first.descriptor(4), dim.path("levels").get(3).asText());
            first.barFor(q.level()).ifPresent(bar -> assertEquals(bar.text(), dim.path("bar").path("text").asText()));
            assertEquals(Verdict.values().length, brief.path("verdicts").size());
        }
    }

    @Test
    void theCandidatesOwnNotesAndScoresNeverReachThePage() {
        fx.onRound(() -> {
            fx.round.active.setNotes("my private worry list");
            fx.round.active.updateScoreSheet(dev.mockloop.attempt.ScoreSheet.EMPTY.withText("self-reflection text"));
        });
        String link = fx.invite();
        try (PageClient page = PageClient.open(link, null)) {
            page.next("welcome");
            fx.onRound(() -> fx.round.active.start());
            page.next("status");
            page.sync();
            StringBuilder everything = new StringBuilder();
            page.messages.forEach(m -> everything.append(m));
            assertFalse(everything.toString().contains("worry list"));
            assertFalse(everything.toString().contains("self-reflection"));
        }
    }

    @Test
    void aProbeFiredFromThePageReachesTheRoundOnTheRoundThread() {
        String link = fx.invite();
        try (PageClient page = PageClient.open(link, null)) {
            page.next("welcome");
            page.send("{\"type\":\"fire\",\"probe\":1}");
            assertTrue(page.next("error").path("message").asText().contains("not running"), "not before the start");

            fx.onRound(() -> fx.round.active.start());
            page.send("{\"type\":\"fire\",\"probe\":1}");
            sync(page);
            fx.onRound(() -> fx.round.active.tick());  // the session screen's next frame
            assertEquals(List.of(1), fx.round.shown, "its card is up on the candidate's screen");
            assertEquals(List.of("round-thread"), fx.round.threads);
            JsonNode status = page.next("status");
            while (!status.path("probes").get(1).path("shown").asBoolean()) {
                status = page.next("status");
            }
            page.send("{\"type\":\"fire\",\"probe\":1}");
            assertTrue(page.next("error").path("message").asText().contains("asked already"));
        }
    }

    @Test
    void aNudgeReachesTheRoundOnOneLineAndAnEmptyOneSaysMoveOn() {
        String link = fx.invite();
        try (PageClient page = PageClient.open(link, null)) {
            page.next("welcome");
            fx.onRound(() -> fx.round.active.start());
            page.send("{\"type\":\"nudge\",\"message\":\"Wrap up the API\\n<b>now</b>\"}");
            page.send("{\"type\":\"nudge\",\"message\":\"  \"}");
            sync(page);
            assertEquals(List.of("Wrap up the API <b>now</b>", Invitation.DEFAULT_NUDGE), fx.round.nudges);
        }
    }

    @Test
    void theWhiteboardReachesThePageAsSvgAfterEachChange() {
        String link = fx.invite();
        try (PageClient page = PageClient.open(link, null)) {
            long first = page.next("sketch").path("revision").asLong();
            fx.onRound(() -> fx.round.round().sketch().addStroke("#1f2937", 2,
                    List.of(new Point(0, 0), new Point(120, 40))));
            JsonNode changed = page.next("sketch");
            assertTrue(changed.path("revision").asLong() > first);
            assertTrue(changed.path("svg").asText().contains("<svg"));

            fx.onRound(() -> fx.round.round().sketch().add(Shape.of(ShapeKind.RECTANGLE,
                    Bounds.ofSize(10, 10, 80, 40), Style.DEFAULT).withLabel("<script>alert(1)</script>")));
            String svg = page.next("sketch").path("svg").asText();
            assertTrue(svg.contains("&lt;script&gt;") && !svg.contains("<script"), "labels are escaped in the SVG");
        }
    }

    @Test
    void theClockIsSentWhenTheRoundChanges() {
        String link = fx.invite();
        try (PageClient page = PageClient.open(link, null)) {
            assertEquals("NOT_STARTED", page.next("status").path("state").asText());
            fx.onRound(() -> fx.round.active.start());
            JsonNode status = page.next("status");
            while (!status.path("state").asText().equals("RUNNING")) {
                status = page.next("status");
            }
            assertEquals(0, status.path("phaseIndex").asInt());
            assertTrue(status.path("roundPlannedMs").asLong() > 0);
        }
    }

    @Test
    void submittedScoresAreSavedForTheRoundAndAnIncompleteSheetIsRefused() {
        String link = fx.invite();
        try (PageClient page = PageClient.open(link, null)) {
            page.next("welcome");
            page.send("{\"type\":\"notes\",\"text\":\"Asked good questions\"}");
            page.send("{\"type\":\"submit\",\"levels\":{},\"verdict\":\"HIRE\"}");
            assertTrue(page.next("error").path("message").asText().contains("Score every dimension"));
            String failure = fx.round.round().question().pack().pack().failureModes().get(0).id();
            page.send("{\"type\":\"submit\",\"levels\":" + allLevels(3) + ",\"failureModes\":[\"" + failure
                    + "\"],\"verdict\":\"LEAN_HIRE\",\"feedback\":\"Go deeper on storage.\"}");
            page.next("saved");
        }
        InterviewerSheet sheet = fx.saved.get(0);
        assertEquals(fx.round.roundId(), sheet.roundId());
        assertEquals(1, sheet.seat());
        assertTrue(sheet.submitted());
        assertEquals(Verdict.LEAN_HIRE, sheet.sheet().verdict());
        assertEquals("Go deeper on storage.", sheet.sheet().text());
        assertEquals("Asked good questions", sheet.notes());
        assertTrue(sheet.sheet().completeFor(fx.round.round().question().pack().pack().rubric()));
        assertTrue(sheet.sheet().levels().values().stream().allMatch(l -> l == 3));
        assertEquals(1, fx.awaitStatus(s -> s.submitted() == 1).submitted(), "the candidate sees it was submitted");
    }

    @Test
    void scoringNotYetSubmittedIsKeptAsADraftWhenTheRoundIsSaved() {
        String link = fx.invite();
        try (PageClient page = PageClient.open(link, null)) {
            page.next("welcome");
            page.send("{\"type\":\"draft\",\"levels\":{},\"verdict\":\"NO_HIRE\",\"feedback\":\"Half written\"}");
            page.send("{\"type\":\"notes\",\"text\":\"n\"}");
            sync(page);
            fx.onRound(() -> {
                fx.round.active.start();
                fx.round.active.finish();
                fx.round.active.save(new byte[0], true);
            });
            page.next("ended");
        }
        InterviewerSheet draft = fx.saved.get(0);
        assertFalse(draft.submitted());
        assertEquals(Verdict.NO_HIRE, draft.sheet().verdict());
        assertEquals("Half written", draft.sheet().text());
    }

    @Test
    void aSaveThatFailsTellsTheInterviewerToSubmitAgain() {
        String link = fx.invite();
        fx.failSaves = new IllegalStateException("the disk is full");
        try (PageClient page = PageClient.open(link, null)) {
            page.next("welcome");
            page.send("{\"type\":\"submit\",\"levels\":" + allLevels(2) + ",\"verdict\":\"NO_HIRE\"}");
            String message = page.next("error").path("message").asText();
            assertTrue(message.contains("the disk is full") && message.contains("Submit again"), message);
        }
    }

    @Test
    void reconnectingWithTheSameLinkResumesNotesAndScoresAndTheRoundGoesOn() {
        String link = fx.invite();
        String key;
        try (PageClient page = PageClient.open(link, null)) {
            key = page.next("welcome").path("seatKey").asText();
            page.send("{\"type\":\"notes\",\"text\":\"Strong on numbers\"}");
            page.send("{\"type\":\"draft\",\"levels\":{},\"verdict\":\"HIRE\"}");
            sync(page);
        }
        fx.awaitStatus(s -> s.interviewers() == 0);
        fx.onRound(() -> fx.round.active.start());
        try (PageClient again = PageClient.open(link, key)) {
            assertEquals(1, again.next("welcome").path("seat").asInt());
            JsonNode sheet = again.next("sheet");
            assertEquals("Strong on numbers", sheet.path("notes").asText());
            assertEquals("HIRE", sheet.path("verdict").asText());
        }
        fx.awaitStatus(s -> s.interviewers() == 0);  // the seat is free once the server has seen the close
        try (PageClient newBrowser = PageClient.open(link, null)) {
            assertEquals("Strong on numbers", newBrowser.next("sheet").path("notes").asText(),
                    "a new browser with the link takes the free seat and its notes");
        }
    }

    @Test
    void theSamePageOpenedAgainTakesItsSeatFromTheStaleOne() {
        String link = fx.invite();
        try (PageClient stale = PageClient.open(link, null)) {
            String key = stale.next("welcome").path("seatKey").asText();
            try (PageClient fresh = PageClient.open(link, key)) {
                assertEquals(1, fresh.next("welcome").path("seat").asInt());
                assertTrue(stale.next("ended").path("reason").asText().contains("opened again"));
            }
        }
    }

    @Test
    void aServerThatCannotBindSaysWhyAndTheRoundGoesOn() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            org.junit.jupiter.api.Assumptions.assumeTrue(port >= 1024);
            InviteStatus status = fx.invite(new InterviewSettings(false, port));

            assertEquals(InviteStatus.State.FAILED, status.state());
            assertTrue(status.problem().contains("Port " + port) && status.problem().contains("round goes on"),
                    status.problem());
            assertEquals("", status.link());
        }
        fx.onRound(() -> fx.round.active.start());
        assertTrue(fx.invite().startsWith("http://127.0.0.1:"), "the next invitation works");
    }

    @Test
    void theLocalNetworkIsAnExplicitChoiceWithItsAddressShown() throws Exception {
        fx.close();
        InetAddress lan = InetAddress.getByAddress(new byte[] {(byte) 192, (byte) 168, 1, 20});
        fx = new ServerFixture(() -> Optional.of(lan));
        InviteStatus loopback = fx.invite(InterviewSettings.DEFAULTS);
        assertTrue(loopback.link().startsWith("http://127.0.0.1:"));
        assertTrue(loopback.address().contains("this computer only"));

        InviteStatus onLan = fx.invite(new InterviewSettings(true, 0));
        assertTrue(onLan.link().startsWith("http://192.168.1.20:"), onLan.link());
        assertTrue(onLan.address().contains("local network (192.168.1.20"), onLan.address());
        // Asked through loopback (tests send nothing to a private address), naming the LAN host.
        int port = URI.create(onLan.link()).getPort();
        RawHttp.Reply reply = RawHttp.get(port, URI.create(onLan.link()).getPath(), "192.168.1.20:" + port);
        assertEquals(200, reply.status());
    }

    @Test
    void theLocalNetworkWithNoNetworkFailsClearly() {
        InviteStatus status = fx.invite(new InterviewSettings(true, 0));
        assertEquals(InviteStatus.State.FAILED, status.state());
        assertTrue(status.problem().contains("not on a local network"), status.problem());
    }
}
