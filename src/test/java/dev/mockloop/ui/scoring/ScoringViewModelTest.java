package dev.mockloop.ui.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackFixtures;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.session.DraftRepository;
import dev.mockloop.session.ManualTicker;
import dev.mockloop.session.RoundService;
import dev.mockloop.session.TestRounds;
import dev.mockloop.storage.Database;
import dev.mockloop.ui.common.RecordingNavigator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scoring screen after a round: the sheet, its autosave, Save, and throwing the round away. */
class ScoringViewModelTest {

    private static final PackLibrary LIBRARY = new PackLibrary(BundledPacks.load(new PackReader()));
    private static final LibraryQuestion QUESTION = LIBRARY.questions().get(0);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final ManualTicker ticker = new ManualTicker();
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final AtomicInteger renders = new AtomicInteger();
    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("m.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A round of the question, run for {@code minutes} and finished. */
    private ActiveRound finishedRound(RoundService rounds, long minutes) {
        ActiveRound round = rounds.begin(QUESTION, null);
        round.start();
        ticker.advanceMillis(minutes * 60_000);
        round.finish();
        return round;
    }

    private ScoringViewModel scoring(ActiveRound round) {
        return new ScoringViewModel(round, navigator, () -> {
            renders.incrementAndGet();
            return PackFixtures.PNG;
        }, dev.mockloop.ui.coach.TestCoverage.off());
    }

    private static void fillIn(ScoringViewModel model, int level, Verdict verdict) {
        model.sheet().dimensions().forEach(d -> d.level().set(level));
        model.sheet().verdictProperty().set(verdict);
    }

    @Test
    void pickingEveryLevelAndAVerdictCompletesTheSheetAndEnablesSave() {
        ScoringViewModel model = scoring(finishedRound(TestRounds.inLine(db, ticker, CLOCK), 30));
        assertEquals(QUESTION.pack().pack().rubric().dimensions().size(), model.sheet().dimensions().size());
        assertEquals(QUESTION.pack().pack().failureModes().size(), model.sheet().failures().size());
        assertFalse(model.canSave().get());

        model.sheet().dimensions().forEach(d -> d.level().set(3));
        assertFalse(model.canSave().get(), "no verdict yet");
        model.sheet().verdictProperty().set(Verdict.LEAN_HIRE);

        assertTrue(model.completeProperty().get());
        assertTrue(model.canSave().get());
    }

    @Test
    void everyPickIsAutosavedWithTheRoundAtOnce() {
        ScoringViewModel model = scoring(finishedRound(TestRounds.inLine(db, ticker, CLOCK), 30));
        String first = model.sheet().dimensions().get(0).dimension().id();

        model.sheet().dimensions().get(0).level().set(4);

        assertEquals(4, new DraftRepository(db, CLOCK).load().orElseThrow().scoreSheet().levels().get(first));
    }

    @Test
    void aResumedRoundShowsTheScoresPickedBeforeTheCrash() throws Exception {
        ScoringViewModel before = scoring(finishedRound(TestRounds.inLine(db, ticker, CLOCK), 30));
        fillIn(before, 2, Verdict.NO_HIRE);
        before.sheet().failures().get(0).ticked().set(true);
        before.sheet().textProperty().set("Lost the thread in the deep dive.");
        // The app dies here and starts again.
        RoundService restarted = TestRounds.inLine(db, new ManualTicker(), CLOCK);
        ActiveRound resumed = restarted.resume(restarted.loadDraft().orElseThrow(), QUESTION);

        ScoringViewModel model = scoring(resumed);

        assertTrue(model.sheet().dimensions().stream().allMatch(d -> d.level().get() == 2));
        assertTrue(model.sheet().failures().get(0).ticked().get());
        assertEquals(Verdict.NO_HIRE, model.sheet().verdictProperty().get());
        assertEquals("Lost the thread in the deep dive.", model.sheet().textProperty().get());
        assertTrue(model.canSave().get());
    }

    @Test
    void savingOpensTheSavedAttemptWithItsScoresAndClearsTheDraft() {
        ScoringViewModel model = scoring(finishedRound(TestRounds.inLine(db, ticker, CLOCK), 30));
        fillIn(model, 3, Verdict.HIRE);

        model.save(true);

        Attempt saved = new AttemptRepository(db, CLOCK).listSummaries().stream().findFirst()
                .flatMap(s -> new AttemptRepository(db, CLOCK).find(s.id())).orElseThrow();
        assertEquals("attempt " + saved.id(), navigator.last());
        assertEquals(Verdict.HIRE, saved.verdict());
        assertTrue(saved.scores().stream().allMatch(s -> s.score() == 3));
        assertTrue(saved.inStats());
        assertEquals(1, renders.get(), "the sketch is rendered once");
        assertTrue(new DraftRepository(db, CLOCK).load().isEmpty(), "nothing left to resume");
        assertFalse(model.savingProperty().get());
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void aRoundUnderFiveMinutesAsksFirstAndCanBeKeptOutOfTheStats() {
        ScoringViewModel model = scoring(finishedRound(TestRounds.inLine(db, ticker, CLOCK), 4));
        assertTrue(model.isShortRound());
        fillIn(model, 1, Verdict.STRONG_NO_HIRE);

        model.save(false);

        Attempt saved = new AttemptRepository(db, CLOCK).find(
                new AttemptRepository(db, CLOCK).listSummaries().get(0).id()).orElseThrow();
        assertFalse(saved.inStats());
    }

    @Test
    void aThirtyMinuteRoundIsNotShort() {
        assertFalse(scoring(finishedRound(TestRounds.inLine(db, ticker, CLOCK), 30)).isShortRound());
    }

    @Test
    void saveDoesNothingWhileTheSheetIsIncomplete() {
        ScoringViewModel model = scoring(finishedRound(TestRounds.inLine(db, ticker, CLOCK), 30));
        model.sheet().verdictProperty().set(Verdict.HIRE);

        model.save(true);

        assertEquals(0, new AttemptRepository(db, CLOCK).count());
        assertEquals(java.util.List.of(), navigator.visits());
    }

    @Test
    void whileASaveIsInFlightSaveCannotBePressedAgain() {
        java.util.List<Runnable> queued = new java.util.ArrayList<>();
        ScoringViewModel model = scoring(finishedRound(TestRounds.with(db, ticker, CLOCK, queued::add), 30));
        fillIn(model, 3, Verdict.HIRE);

        model.save(true);

        assertTrue(model.savingProperty().get());
        assertFalse(model.canSave().get());
        queued.forEach(Runnable::run);  // the save thread catches up
        assertFalse(model.savingProperty().get());
        assertEquals(1, new AttemptRepository(db, CLOCK).count());
        assertTrue(navigator.last().startsWith("attempt "));
    }

    @Test
    void abandoningThrowsTheRoundAwayAndGoesHome() {
        ScoringViewModel model = scoring(finishedRound(TestRounds.inLine(db, ticker, CLOCK), 30));
        fillIn(model, 3, Verdict.HIRE);

        model.abandon();

        assertEquals("home", navigator.last());
        assertEquals(0, new AttemptRepository(db, CLOCK).count());
        assertTrue(new DraftRepository(db, CLOCK).load().isEmpty());
    }
}
