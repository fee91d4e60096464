package dev.mockloop.ui.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.coach.AnswerKey;
import dev.mockloop.coach.Coach;
import dev.mockloop.coach.CoachInput;
import dev.mockloop.coach.CoachService;
import dev.mockloop.coach.CoachSettings;
import dev.mockloop.coach.CoverageResult;
import dev.mockloop.coach.FakeEncoder;
import dev.mockloop.coach.ItemKind;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.session.ManualTicker;
import dev.mockloop.session.RoundService;
import dev.mockloop.session.TestRounds;
import dev.mockloop.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coach panel's state without a window: working, the result by kind, none, a failure, disagreements. */
class CoverageViewModelTest {

    private static final LibraryQuestion WEBHOOKS = new PackLibrary(BundledPacks.load(new PackReader())).questions()
            .stream().filter(q -> q.question().id().equals("payments-webhook-delivery")).findFirst().orElseThrow();
    private static final String NOTES = "Qs\n- delivered = any 2xx within 10s?\nper endpoint queue, max 10 in flight\n";

    @TempDir
    Path dir;

    private final ManualTicker ticker = new ManualTicker();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
    /** The coach's thread and the UI thread: work waits here until the test runs it. */
    private final List<Runnable> queued = new ArrayList<>();
    private final Executor queue = queued::add;

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
    }

    private static CoverageViewModel model(CoachService coach) {
        return new CoverageViewModel(coach, WEBHOOKS.pack().pack().rubric(), WEBHOOKS.question().level(), Runnable::run);
    }

    /** Runs a round of the webhooks question to its end with the coach listening; returns its id. */
    private String finishedRound(Database db, CoachService coach) {
        RoundService rounds = TestRounds.inLine(db, ticker, clock);
        rounds.addListener(coach);
        ActiveRound round = rounds.begin(WEBHOOKS, null);
        round.start();
        round.setNotes(NOTES);
        ticker.advanceMillis(6 * 60_000);
        round.finish();
        return round.roundId();
    }

    /** Runs a round of the webhooks question with no coach listening, so it never reads it, and saves it. */
    private Attempt savedWithoutTheCoach(Database db, String notes) {
        ActiveRound round = TestRounds.inLine(db, ticker, clock).begin(WEBHOOKS, null);
        round.start();
        round.setNotes(notes);
        ticker.advanceMillis(6 * 60_000);
        round.finish();
        return round.save(new byte[0], true).toCompletableFuture().join();
    }

    private CoachService coach(Supplier<dev.mockloop.coach.SentenceEncoder> loader, boolean on) {
        return new CoachService(loader, null, new CoachSettings(on), queue);
    }

    @Test
    void whileTheCoachReadsThePanelSaysSoThenShowsTheItemsByKind() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            CoachService coach = coach(FakeEncoder::new, true);
            String roundId = finishedRound(db, coach);
            CoverageViewModel model = model(coach);

            model.load(roundId);
            assertEquals(CoverageViewModel.State.WORKING, model.stateProperty().get());
            assertEquals("The coach is reading your round\u2026", model.messageProperty().get());
            assertTrue(model.groups().isEmpty());

            runQueued();
            CoverageResult expected = new Coach(new FakeEncoder())
                    .assess(AnswerKey.of(WEBHOOKS.question()), CoachInput.of(NOTES, List.of()));
            assertEquals(CoverageViewModel.State.READY, model.stateProperty().get());
            assertEquals("", model.messageProperty().get());
            assertEquals("The coach saw " + expected.covered() + " of " + expected.total() + " answer-key items",
                    model.summaryProperty().get());
            CoverageViewModel.Group questions = model.groups().stream()
                    .filter(g -> g.kind() == ItemKind.CLARIFYING_QUESTION).findFirst().orElseThrow();
            assertEquals("Clarifying questions", questions.title());
            CoverageViewModel.Row delivered = questions.covered().stream()
                    .filter(r -> r.text().startsWith("What counts as delivered")).findFirst().orElseThrow();
            assertEquals("- delivered = any 2xx within 10s?", delivered.evidence());
            assertEquals("notes, line 2", delivered.where());
            assertTrue(questions.missed().stream().allMatch(r -> !r.covered() && r.evidence().isEmpty()));
            assertEquals(questions.covered().size() + " of " + (questions.covered().size() + questions.missed().size()),
                    questions.count());
            int shown = model.groups().stream().mapToInt(g -> g.covered().size() + g.missed().size()).sum();
            assertEquals(expected.total(), shown, "every answer-key item is in one group");
        }
    }

    @Test
    void aSelfScoreAboveWhatTheCoachSawIsADisagreementUntilItIsLowered() {
        CoverageViewModel model = model(coach(FakeEncoder::new, true));
        model.show(new Coach(new FakeEncoder()).assess(AnswerKey.of(WEBHOOKS.question()), CoachInput.of(NOTES, List.of())));
        assertTrue(model.disagreements().isEmpty(), "nothing to disagree with before a self-score");

        model.setSelfScores(Map.of("story-ownership", 4));
        assertEquals(1, model.disagreements().size(), model.disagreements().toString());
        assertTrue(model.disagreements().get(0).contains("You gave Story and ownership 4"), model.disagreements().toString());

        model.setSelfScores(Map.of("story-ownership", 1));
        assertTrue(model.disagreements().isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> model.disagreements().add("mine"),
                "the screen cannot write the list");
    }

    @Test
    void aModelThatCannotLoadSaysWhyAndShowsNoItems() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            CoachService coach = coach(() -> {
                throw new IllegalStateException("no library for this platform");
            }, true);
            String roundId = finishedRound(db, coach);
            CoverageViewModel model = model(coach);
            model.load(roundId);
            runQueued();

            assertEquals(CoverageViewModel.State.FAILED, model.stateProperty().get());
            assertEquals("The coach could not read this round: no library for this platform", model.messageProperty().get());
            assertTrue(model.groups().isEmpty());
        }
    }

    @Test
    void aRoundTheCoachNeverReadSaysWhetherTheCoachIsOff() {
        CoverageViewModel on = model(coach(FakeEncoder::new, true));
        on.load("a-round-from-before-the-coach");
        assertEquals(CoverageViewModel.State.NONE, on.stateProperty().get());
        assertEquals("The coach did not read this round.", on.messageProperty().get());

        CoverageViewModel off = model(coach(FakeEncoder::new, false));
        off.load("a-round-from-before-the-coach");
        assertEquals(CoverageViewModel.State.NONE, off.stateProperty().get());
        assertEquals("The coach is switched off. Switch it on in Settings, under Coach.", off.messageProperty().get());
    }

    @Test
    void aSavedAttemptTheCoachNeverReadOffersToBeReadNowAndThenShowsTheItems() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            Attempt saved = savedWithoutTheCoach(db, NOTES);
            CoverageViewModel model = model(coach(FakeEncoder::new, true));

            model.offerReading(saved, WEBHOOKS.question());
            model.load(saved.roundId());
            runQueued();
            assertEquals(CoverageViewModel.State.NONE, model.stateProperty().get());
            assertEquals("The coach did not read this round. It can read the notes and the whiteboard now.",
                    model.messageProperty().get());
            assertTrue(model.canReadProperty().get());

            model.readNow();
            assertEquals(CoverageViewModel.State.WORKING, model.stateProperty().get());
            assertFalse(model.canReadProperty().get(), "one reading at a time");
            runQueued();
            CoverageResult expected = new Coach(new FakeEncoder())
                    .assess(AnswerKey.of(WEBHOOKS.question()), CoachInput.of(NOTES, List.of()));
            assertEquals(CoverageViewModel.State.READY, model.stateProperty().get());
            assertEquals("The coach saw " + expected.covered() + " of " + expected.total() + " answer-key items",
                    model.summaryProperty().get());
            assertFalse(model.canReadProperty().get());
        }
    }

    @Test
    void withTheCoachOffOrNoSavedAttemptNothingIsOfferedToRead() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            Attempt saved = savedWithoutTheCoach(db, "");

            CoverageViewModel off = model(coach(FakeEncoder::new, false));
            off.offerReading(saved, WEBHOOKS.question());
            off.load(saved.roundId());
            runQueued();
            assertEquals("The coach is switched off. Switch it on in Settings, under Coach.", off.messageProperty().get());
            assertFalse(off.canReadProperty().get());
            off.readNow();
            assertEquals(CoverageViewModel.State.NONE, off.stateProperty().get(), "readNow does nothing when not offered");

            CoverageViewModel scoring = model(coach(FakeEncoder::new, true));
            scoring.load(saved.roundId());
            runQueued();
            assertFalse(scoring.canReadProperty().get(), "only a saved attempt's page offers it");
        }
    }
}
