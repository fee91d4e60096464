package dev.mockloop.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.pack.Phase;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.session.CueKind;
import dev.mockloop.session.DraftRepository;
import dev.mockloop.session.ExtendMode;
import dev.mockloop.session.ManualTicker;
import dev.mockloop.session.RoundService;
import dev.mockloop.session.ScheduledProbe;
import dev.mockloop.session.TestRounds;
import dev.mockloop.session.TimerState;
import dev.mockloop.settings.Settings;
import dev.mockloop.settings.SettingsRepository;
import dev.mockloop.storage.Database;
import dev.mockloop.ui.common.DirectTaskRunner;
import dev.mockloop.ui.common.RecordingNavigator;
import dev.mockloop.ui.common.SettingsModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The round screen's state, driven by hand-moved time: the clock, the phases, banners, probes and autosave. */
class SessionViewModelTest {

    private static final PackLibrary LIBRARY = new PackLibrary(BundledPacks.load(new PackReader()));
    /** A question with probes on a framework of four phases or more. */
    private static final LibraryQuestion QUESTION = LIBRARY.questions().stream()
            .filter(q -> q.question().design().probes().size() >= 2).filter(q -> q.framework().phases().size() >= 4)
            .findFirst().orElseThrow();
    private static final List<Phase> PHASES = QUESTION.framework().phases();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final ManualTicker ticker = new ManualTicker();
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final List<CueKind> sounds = new ArrayList<>();
    private Database db;
    private SettingsModel settings;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("m.db"));
        settings = new SettingsModel(Settings.DEFAULTS, new SettingsRepository(db), new DirectTaskRunner());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SessionViewModel session(RoundService rounds) {
        return session(rounds.begin(QUESTION, null));
    }

    private SessionViewModel session(ActiveRound round) {
        return new SessionViewModel(round, navigator, settings, sounds::add, ticker);
    }

    private SessionViewModel session() {
        return session(TestRounds.inLine(db, ticker, CLOCK));
    }

    /** Moves time on and lets the screen draw a frame, as the view does every frame. */
    private void after(SessionViewModel model, long ms) {
        ticker.advanceMillis(ms);
        model.refresh();
    }

    @Test
    void beforeTheStartTheClockShowsTheFullFirstPhaseAndFinishDoesNothing() {
        SessionViewModel model = session();

        assertEquals(TimerState.NOT_STARTED, model.stateProperty().get());
        assertEquals("Start", model.primaryActionProperty().get());
        assertEquals(PHASES.get(0).title(), model.phaseTitleProperty().get());
        assertEquals(PHASES.get(0).guide(), model.phaseGuideProperty().get());
        assertEquals(countdown(PHASES.get(0).plannedMillis()), model.phaseTimeProperty().get());
        assertFalse(model.canGoBackProperty().get());

        model.finish();

        assertEquals(List.of(), navigator.visits(), "a round not started cannot be finished");
        assertEquals(TimerState.NOT_STARTED, model.stateProperty().get());
    }

    @Test
    void theSpaceBarActionStartsPausesAndResumesAndAPauseStopsTheClock() {
        SessionViewModel model = session();

        model.primary();
        assertEquals("Pause", model.primaryActionProperty().get());
        after(model, 61_000);
        assertEquals(countdown(PHASES.get(0).plannedMillis() - 61_000), model.phaseTimeProperty().get());

        model.primary();
        assertEquals("Resume", model.primaryActionProperty().get());
        String paused = model.phaseTimeProperty().get();
        after(model, 120_000);
        assertEquals(paused, model.phaseTimeProperty().get(), "the clock stands still while paused");

        model.primary();
        assertEquals("Pause", model.primaryActionProperty().get());
        assertEquals(TimerState.RUNNING, model.stateProperty().get());
    }

    @Test
    void theLastMinuteOfAPhaseWarnsWithABannerAndASoundAndOvertimeShowsInRed() {
        SessionViewModel model = session();
        long planned = PHASES.get(0).plannedMillis();
        model.primary();

        after(model, planned - 59_000);

        assertEquals("1 minute left in " + PHASES.get(0).title(), model.bannerProperty().get());
        assertTrue(model.phaseWarningProperty().get());
        assertEquals(List.of(CueKind.PHASE_ONE_MINUTE_LEFT), sounds);

        after(model, 69_000);

        assertEquals("+0:10", model.phaseTimeProperty().get());
        assertTrue(model.phaseOvertimeProperty().get());
        assertFalse(model.phaseWarningProperty().get());
        assertEquals(PHASES.get(0).title() + " is over time: wrap it up or extend it", model.bannerProperty().get());
    }

    @Test
    void mutedCuesStillShowTheirBannerButPlayNothing() {
        settings.update(s -> s.withMuted(true));
        SessionViewModel model = session();
        model.primary();

        after(model, PHASES.get(0).plannedMillis() - 59_000);

        assertEquals("1 minute left in " + PHASES.get(0).title(), model.bannerProperty().get());
        assertEquals(List.of(), sounds);
    }

    @Test
    void anInterviewersNudgeShowsAsTheBannerAndGoesAfterSixSeconds() {
        SessionViewModel model = session();
        model.primary();

        model.activeRound().nudge("Let's move on to the deep dive.");

        assertEquals("Your interviewer: Let's move on to the deep dive.", model.bannerProperty().get());
        after(model, 5_999);
        assertEquals("Your interviewer: Let's move on to the deep dive.", model.bannerProperty().get());
        after(model, 2);
        assertEquals("", model.bannerProperty().get());
    }

    @Test
    void aNudgeBeforeTheRoundStartsIsNotShown() {
        SessionViewModel model = session();

        model.activeRound().nudge("Move on.");

        assertEquals("", model.bannerProperty().get());
    }

    @Test
    void nextAndBackMoveBetweenPhasesAndTheLastNextOpensScoring() {
        SessionViewModel model = session();
        model.primary();

        model.next();
        assertEquals(1, model.phaseIndexProperty().get());
        assertEquals(PHASES.get(1).title(), model.phaseTitleProperty().get());
        assertTrue(model.canGoBackProperty().get());
        assertEquals(List.of(CueKind.PHASE_CHANGED), sounds);
        model.back();
        assertEquals(PHASES.get(0).title(), model.phaseTitleProperty().get());
        assertFalse(model.canGoBackProperty().get());

        for (int i = 0; i < PHASES.size() - 1; i++) {
            assertEquals("Next phase", model.nextActionProperty().get());
            model.next();
        }
        assertEquals("Finish and score", model.nextActionProperty().get());
        assertEquals(List.of(), navigator.visits());
        model.next();

        assertEquals(List.of("score"), navigator.visits());
        assertEquals(model.activeRound(), navigator.scored());
        assertEquals(TimerState.FINISHED, model.activeRound().round().timer().state());
    }

    @Test
    void finishingEarlyEndsTheRoundAndOpensScoring() {
        SessionViewModel model = session();
        model.primary();
        after(model, 90_000);

        model.finish();

        assertEquals(List.of("score"), navigator.visits());
        assertEquals(TimerState.FINISHED, model.stateProperty().get());
        assertEquals("Finished", model.primaryActionProperty().get());
        assertFalse(model.canGoBackProperty().get());
    }

    @Test
    void extendingTakesTheMinutesFromLaterPhasesUnlessTheSettingsSayToGrowTheRound() {
        SessionViewModel model = session();
        model.primary();
        String round = model.roundTimeProperty().get();

        model.extend(1);
        assertEquals(countdown(PHASES.get(0).plannedMillis() + 60_000), model.phaseTimeProperty().get());
        assertEquals(round, model.roundTimeProperty().get(), "the round keeps its length");

        settings.update(s -> s.withExtendMode(ExtendMode.ADD_TO_ROUND));
        model.extend(5);
        assertEquals(countdown(PHASES.get(0).plannedMillis() + 6 * 60_000), model.phaseTimeProperty().get());
        assertEquals(countdown(PHASES.stream().mapToLong(Phase::plannedMillis).sum() + 5 * 60_000),
                model.roundTimeProperty().get());
    }

    @Test
    void probesThatCameDueAppearAsCardsAndAnsweringOneTakesItsCardAway() {
        SessionViewModel model = session();
        ScheduledProbe first = model.activeRound().round().probes().schedule().get(0);
        model.primary();
        for (int i = 0; i < first.phaseIndex(); i++) {
            model.next();
        }
        after(model, Math.max(0, first.atPhaseMs() - 1_000));
        assertFalse(model.probeCards().contains(first), "not before its time");

        after(model, 1_000);
        assertEquals(first, model.probeCards().get(0));
        after(model, 12_000);
        model.acknowledge(first);

        assertFalse(model.probeCards().contains(first));
        var answered = model.activeRound().round().probes().responses().stream()
                .filter(r -> r.text().equals(first.text())).findFirst().orElseThrow();
        assertEquals(12_000L, answered.responseMs());
    }

    @Test
    void aProbeAnInterviewerAsksAppearsOnTheNextFrame() {
        SessionViewModel model = session();
        List<ScheduledProbe> schedule = model.activeRound().round().probes().schedule();
        ScheduledProbe last = schedule.get(schedule.size() - 1);
        model.primary();

        model.activeRound().fireProbe(last.index());
        assertTrue(model.probeCards().isEmpty(), "shown on the next frame, not in the middle of one");
        model.refresh();

        assertEquals(List.of(last), model.probeCards());
    }

    @Test
    void notesTypedAreInTheAutosavedDraftWithinFiveSeconds() {
        SessionViewModel model = session();
        model.primary();

        model.notesProperty().set("QPS: 12k peak; cache the hot keys");
        after(model, 5_000);

        assertEquals("QPS: 12k peak; cache the hot keys", new DraftRepository(db, CLOCK).load().orElseThrow().notes());
        assertEquals("", model.autosaveProblemProperty().get());
    }

    @Test
    void theAutosaveStuckLineAppearsAfterFifteenSecondsWhenSavesNeverRun() {
        SessionViewModel model = session(TestRounds.with(db, ticker, CLOCK, neverRuns -> { }));
        model.primary();  // asks for a save at once, which never happens

        after(model, 15_000);
        assertEquals("", model.autosaveProblemProperty().get(), "15 s is still within reason");

        after(model, 1_000);
        assertEquals("Nothing has been autosaved for 16 s. Your round is kept in memory; "
                + "if this lasts, note what matters before you quit.", model.autosaveProblemProperty().get());
    }

    @Test
    void aResumedRoundComesBackPausedWithItsNotes() throws Exception {
        SessionViewModel before = session();
        before.primary();
        after(before, 130_000);
        before.notesProperty().set("sharded by user id");
        before.next();  // a phase change is saved at once
        // The app stops here; a new one resumes the draft.
        RoundService restarted = TestRounds.inLine(db, new ManualTicker(), CLOCK);
        ActiveRound resumed = restarted.resume(restarted.loadDraft().orElseThrow(), QUESTION);

        SessionViewModel model = session(resumed);

        assertEquals("sharded by user id", model.notesProperty().get());
        assertEquals(TimerState.PAUSED, model.stateProperty().get());
        assertEquals("Resume", model.primaryActionProperty().get());
        assertEquals(1, model.phaseIndexProperty().get());
        assertEquals(PHASES.get(1).title(), model.phaseTitleProperty().get());
    }

    @Test
    void aProbeLeftUnansweredBeforeACrashIsBackAsACardOnResuming() throws Exception {
        SessionViewModel before = session();
        List<ScheduledProbe> schedule = before.activeRound().round().probes().schedule();
        ScheduledProbe asked = schedule.get(schedule.size() - 1);
        before.primary();
        before.activeRound().fireProbe(asked.index());
        before.refresh();
        before.primary();  // a pause is saved at once
        RoundService restarted = TestRounds.inLine(db, new ManualTicker(), CLOCK);
        ActiveRound resumed = restarted.resume(restarted.loadDraft().orElseThrow(), QUESTION);

        SessionViewModel model = session(resumed);

        assertEquals(List.of(asked.text()), model.probeCards().stream().map(ScheduledProbe::text).toList());
    }

    @Test
    void aBehaviouralPhaseHidesTheDesignPromptUntilTheDesignPhases() {
        SessionViewModel model = session();
        model.primary();
        int firstDesign = -1;
        for (int i = 0; i < PHASES.size(); i++) {
            if (PHASES.get(i).prompt() == dev.mockloop.pack.PromptKind.DESIGN) {
                firstDesign = i;
                break;
            }
        }
        boolean opensBehavioral = firstDesign > 0;

        assertEquals(!opensBehavioral, model.designRevealedProperty().get());
        for (int i = 0; i < firstDesign; i++) {
            model.next();
        }
        assertTrue(model.designRevealedProperty().get());
    }

    private static String countdown(long ms) {
        return dev.mockloop.ui.common.TimeText.countdown(ms);
    }
}
