package dev.mockloop.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.session.ManualTicker;
import dev.mockloop.session.RoundService;
import dev.mockloop.session.TestRounds;
import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Shape;
import dev.mockloop.sketch.ShapeKind;
import dev.mockloop.sketch.Stencil;
import dev.mockloop.sketch.Style;
import dev.mockloop.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoachServiceTest {

    private static final PackLibrary LIBRARY = new PackLibrary(BundledPacks.load(new PackReader()));

    @TempDir
    Path dir;

    private final ManualTicker ticker = new ManualTicker();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    /** Work handed to the coach's thread, run when the test says. */
    static final class Queue implements Executor {
        final List<Runnable> tasks = new ArrayList<>();
        boolean shutDown;

        @Override
        public void execute(Runnable task) {
            if (shutDown) {
                throw new RejectedExecutionException("the coach's thread is shut down");
            }
            tasks.add(task);
        }

        /** As the app's close does: work already queued still runs, new work is refused. */
        void shutdown() {
            shutDown = true;
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.remove(0).run();
            }
        }
    }

    private static LibraryQuestion webhooks() {
        return LIBRARY.questions().stream().filter(q -> q.question().id().equals("payments-webhook-delivery"))
                .findFirst().orElseThrow();
    }

    /** Starts the round, writes these notes, and finishes it six minutes in. */
    private void finishSixMinutesIn(ActiveRound round, String notes) {
        round.start();
        round.setNotes(notes);
        ticker.advanceMillis(6 * 60_000);
        round.finish();
    }

    @Test
    void theRoundIsReadWhenItFinishesAndStoredOnlyAfterItsAttemptIsSaved() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            Queue coachThread = new Queue();
            AtomicInteger loads = new AtomicInteger();
            CoverageRepository repo = new CoverageRepository(db, clock);
            CoachService coach = new CoachService(() -> {
                loads.incrementAndGet();
                return new FakeEncoder();
            }, repo, CoachSettings.DEFAULTS, coachThread);
            RoundService rounds = TestRounds.inLine(db, ticker, clock);
            rounds.addListener(coach);

            ActiveRound round = rounds.begin(webhooks(), null);
            assertEquals(0, loads.get(), "nothing loads on the round's thread");
            coachThread.runAll();
            assertEquals(1, loads.get(), "the model loads when a round opens");
            round.start();
            round.setNotes("delivered = any 2xx within 10s?\nper endpoint queue, max 10 in flight");
            ticker.advanceMillis(6 * 60_000);
            round.finish();
            var result = coach.result(round.roundId()).toCompletableFuture();
            assertTrue(!result.isDone(), "the result is worked out on the coach's thread");
            coachThread.runAll();
            CoverageResult seen = result.join();
            assertTrue(seen.covered() >= 1, seen.toString());
            assertTrue(repo.find(round.roundId()).isEmpty(), "nothing is stored before the attempt");

            Attempt saved = round.save(new byte[0], true).toCompletableFuture().join();
            assertNotNull(saved);
            coachThread.runAll();
            assertEquals(seen, repo.find(round.roundId()).orElseThrow());
            assertEquals(seen.covered(), repo.forAttempts(List.of(saved.id())).get(saved.id()).covered());
            assertEquals(1, loads.get(), "the model loads once");
        }
    }

    @Test
    void anAttemptSavedJustBeforeTheAppClosesKeepsTheCoachsResult() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            Queue coachThread = new Queue();
            CoverageRepository repo = new CoverageRepository(db, clock);
            CoachService coach = new CoachService(FakeEncoder::new, repo, CoachSettings.DEFAULTS, coachThread);
            RoundService rounds = TestRounds.inLine(db, ticker, clock);
            rounds.addListener(coach);
            ActiveRound round = rounds.begin(webhooks(), null);
            finishSixMinutesIn(round, "delivered = any 2xx within 10s?\nper endpoint queue, max 10 in flight");
            assertNotNull(round.save(new byte[0], true).toCompletableFuture().join());

            coachThread.shutdown();   // the window closes while the coach is still reading
            coachThread.runAll();

            CoverageResult stored = repo.find(round.roundId()).orElseThrow();
            assertTrue(stored.covered() >= 1, stored.toString());
        }
    }

    @Test
    void aRoundResumedOnItsScoringScreenIsReadAgainAfterTheRestart() throws Exception {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            RoundService before = TestRounds.inLine(db, ticker, clock);
            ActiveRound round = before.begin(webhooks(), null);
            round.start();
            round.setNotes("delivered = any 2xx within 10s?\nper endpoint queue, max 10 in flight");
            ticker.advanceMillis(6 * 60_000);
            round.finish();
            round.autosave();

            // The app stopped while the round was scored; the next run resumes it.
            Queue coachThread = new Queue();
            CoachService coach = new CoachService(FakeEncoder::new, new CoverageRepository(db, clock),
                    CoachSettings.DEFAULTS, coachThread);
            RoundService after = TestRounds.inLine(db, ticker, clock);
            after.addListener(coach);
            ActiveRound resumed = after.resume(after.loadDraft().orElseThrow(), webhooks());
            var result = coach.result(resumed.roundId()).toCompletableFuture();
            coachThread.runAll();
            assertNotNull(result.join(), "the coach read the resumed round");
            assertTrue(result.join().covered() >= 1, result.join().toString());
        }
    }

    @Test
    void switchedOffTheCoachNeverLoadsTheModelNorReadsTheRound() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            Queue coachThread = new Queue();
            AtomicInteger loads = new AtomicInteger();
            CoachService coach = new CoachService(() -> {
                loads.incrementAndGet();
                return new FakeEncoder();
            }, new CoverageRepository(db, clock), new CoachSettings(false), coachThread);
            RoundService rounds = TestRounds.inLine(db, ticker, clock);
            rounds.addListener(coach);
            ActiveRound round = rounds.begin(webhooks(), null);
            round.start();
            round.finish();
            coachThread.runAll();
            assertEquals(0, loads.get());
            var result = coach.result(round.roundId()).toCompletableFuture();
            coachThread.runAll();
            assertNull(result.join());
        }
    }

    @Test
    void aModelThatCannotLoadFailsTheResultWithItsReasonAndTheAttemptStillSaves() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            Queue coachThread = new Queue();
            CoachService coach = new CoachService(() -> {
                throw new IllegalStateException("no library for this platform");
            }, new CoverageRepository(db, clock), CoachSettings.DEFAULTS, coachThread);
            RoundService rounds = TestRounds.inLine(db, ticker, clock);
            rounds.addListener(coach);
            ActiveRound round = rounds.begin(webhooks(), null);
            round.start();
            round.finish();
            coachThread.runAll();
            var result = coach.result(round.roundId()).toCompletableFuture();
            assertTrue(result.isCompletedExceptionally());
            assertNotNull(round.save(new byte[0], true).toCompletableFuture().join());
        }
    }

    @Test
    void anAttemptTheCoachNeverReadIsReadFromItsSavedNotesAndWhiteboardAndKept() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            Queue coachThread = new Queue();
            CoverageRepository repo = new CoverageRepository(db, clock);
            CoachService coach = new CoachService(FakeEncoder::new, repo, new CoachSettings(false), coachThread);
            RoundService rounds = TestRounds.inLine(db, ticker, clock);
            rounds.addListener(coach);
            ActiveRound round = rounds.begin(webhooks(), null);
            String notes = "delivered = any 2xx within 10s?\nper endpoint queue, max 10 in flight";
            Shape relay = round.round().sketch().add(new Shape(0, ShapeKind.CYLINDER, new Bounds(0, 0, 100, 60),
                    Style.DEFAULT, "Relay publishes outbox rows to a durable log partitioned by merchant",
                    Shape.DEFAULT_FONT_SIZE, Stencil.DATABASE));
            finishSixMinutesIn(round, notes);
            Attempt saved = round.save(new byte[0], true).toCompletableFuture().join();
            var before = coach.result(saved.roundId()).toCompletableFuture();
            coachThread.runAll();
            assertNull(before.join(), "the coach was off: nothing read");

            coach.setSettings(CoachSettings.DEFAULTS);
            var read = coach.readSaved(saved, webhooks().question()).toCompletableFuture();
            assertTrue(!read.isDone(), "read on the coach's thread");
            coachThread.runAll();

            CoverageResult expected = new Coach(new FakeEncoder()).assess(AnswerKey.of(webhooks().question()),
                    CoachInput.of(notes, round.round().sketch().elements()));
            assertEquals(expected, read.join(), "what the round would have given when it finished");
            assertTrue(read.join().items().stream().anyMatch(i -> i.covered()
                    && i.evidence().source() == Evidence.Source.WHITEBOARD && i.evidence().elementId() == relay.id()),
                    "the saved whiteboard is read too: " + read.join());
            assertEquals(expected, repo.find(saved.roundId()).orElseThrow(), "kept for the next time the page opens");
        }
    }

    @Test
    void aSavedWhiteboardThatCannotBeReadIsAFailureThatSaysSo() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            Queue coachThread = new Queue();
            CoverageRepository repo = new CoverageRepository(db, clock);
            CoachService coach = new CoachService(FakeEncoder::new, repo, CoachSettings.DEFAULTS, coachThread);
            RoundService rounds = TestRounds.inLine(db, ticker, clock);
            ActiveRound round = rounds.begin(webhooks(), null);
            finishSixMinutesIn(round, "");
            Attempt saved = round.save(new byte[0], true).toCompletableFuture().join();
            Attempt broken = new Attempt(saved.id(), saved.packId(), saved.packVersion(), saved.questionId(),
                    saved.questionTitle(), saved.behavioralPrompt(), saved.designPrompt(), saved.frameworkId(),
                    saved.frameworkTitle(), saved.startedAt(), saved.endedAt(), saved.phases(), "some notes",
                    "{\"version\": 99", saved.sketchPng(), saved.scores(), saved.failureModes(), saved.verdict(),
                    saved.reflection(), saved.probes(), saved.roundId(), saved.inStats());

            var read = coach.readSaved(broken, webhooks().question()).toCompletableFuture();
            coachThread.runAll();
            var failure = org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CompletionException.class,
                    read::join);
            assertTrue(failure.getCause().getMessage().startsWith("its whiteboard could not be read"),
                    failure.getCause().getMessage());
            assertTrue(repo.find(saved.roundId()).isEmpty(), "nothing stored");
        }
    }
}
