package dev.mockloop.ui.session;

import dev.mockloop.pack.Phase;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.session.Cue;
import dev.mockloop.session.CueTracker;
import dev.mockloop.session.Round;
import dev.mockloop.session.RoundListener;
import dev.mockloop.session.ScheduledProbe;
import dev.mockloop.session.Ticker;
import dev.mockloop.session.TimerSnapshot;
import dev.mockloop.session.TimerState;
import dev.mockloop.ui.common.Navigator;
import dev.mockloop.ui.common.SettingsModel;
import dev.mockloop.ui.common.TimeText;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the session screen, recomputed from the round's timer by {@link #refresh()}.
 * The view calls refresh on every frame; nothing here counts ticks, so a late frame
 * still shows the true time. Refresh also fires the timer's cues (banner and sound) and
 * brings up interviewer probes when their time comes. Every action goes through the
 * {@link ActiveRound}, which autosaves it.
 */
public final class SessionViewModel {

    /** How long a cue's banner stays up: 6 s of monotonic time. */
    static final long BANNER_NANOS = 6_000_000_000L;

    private final ActiveRound active;
    private final Round round;
    private final Navigator navigator;
    private final SettingsModel settings;
    private final CuePlayer cuePlayer;
    private final Ticker ticker;
    private final CueTracker cues = new CueTracker();
    private final ReadOnlyStringWrapper autosaveProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TimerState> state = new ReadOnlyObjectWrapper<>(TimerState.NOT_STARTED);
    private final ReadOnlyIntegerWrapper phaseIndex = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper phaseTitle = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper phaseGuide = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper phaseTime = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper roundTime = new ReadOnlyStringWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper phaseWarning = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper phaseOvertime = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper roundOvertime = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper designRevealed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper primaryAction = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper nextAction = new ReadOnlyStringWrapper();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ProbeDeck probes;
    private final ObservableList<Long> phasePlans = FXCollections.observableArrayList();
    private final ObservableList<Long> phasePlansView = FXCollections.unmodifiableObservableList(phasePlans);
    private final ReadOnlyStringWrapper phaseCaption = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper roundCaption = new ReadOnlyStringWrapper();
    private long bannerUntil;

    /**
     * @param active    the round, begun or resumed
     * @param settings  extend mode and mute
     * @param cuePlayer plays cue sounds unless muted
     * @param ticker    the round's monotonic time source, for how long banners stay up
     */
    public SessionViewModel(ActiveRound active, Navigator navigator, SettingsModel settings, CuePlayer cuePlayer,
                            Ticker ticker) {
        this.active = active;
        this.round = active.round();
        this.navigator = navigator;
        this.settings = settings;
        this.cuePlayer = cuePlayer;
        this.ticker = ticker;
        this.probes = new ProbeDeck(round.probes());
        notes.set(round.notes());  // a resumed round comes with its notes
        notes.addListener((obs, old, text) -> active.setNotes(text));
        active.addListener(new RoundListener() {
            @Override
            public void nudged(ActiveRound r, String message) {
                showBanner("Your interviewer: " + message);
            }
        });
        refresh();
    }

    /** Start, then pause and resume: the space bar's action. */
    public void primary() {
        if (round.timer().state() == TimerState.NOT_STARTED) {
            active.start();
        } else {
            active.togglePause();
        }
        refresh();
    }

    /** Moves to the next phase; after the last one the round ends and scoring opens. */
    public void next() {
        active.next();
        if (round.timer().state() == TimerState.FINISHED) {
            navigator.score(active);
        } else {
            refresh();
        }
    }

    /** Goes back to the previous phase. */
    public void back() {
        active.back();
        refresh();
    }

    /** Gives the current phase more minutes, as the settings say (from later phases or onto the round). */
    public void extend(int minutes) {
        active.extend(minutes * 60_000L, settings.get().extendMode());
        refresh();
    }

    /**
     * @return whether leaving now loses nothing: the round has not started and has no notes
     *         and no sketch, so going back needs no question
     */
    public boolean nothingToLose() {
        return round.timer().state() == TimerState.NOT_STARTED && round.notes().isBlank() && round.sketch().isEmpty();
    }

    /**
     * Throws the round away (no attempt; its draft deleted) and goes home. The screen asks
     * first unless {@link #nothingToLose()}.
     */
    public void abandon() {
        active.abandon().whenComplete((done, failure) -> navigator.home());
    }

    /** Ends the round now and opens scoring. The screen asks first. */
    public void finish() {
        if (round.timer().state() == TimerState.NOT_STARTED) {
            return;
        }
        active.finish();
        refresh();
        navigator.score(active);
    }

    /** The user answered the interviewer's probe: its card goes and the response time is kept. */
    public void acknowledge(ScheduledProbe probe) {
        active.acknowledge(probe);
        probes.answered(probe);
    }

    /** Recomputes every figure from the timer, and fires cues and probes that came due. Cheap: once per frame. */
    public void refresh() {
        java.util.List<ScheduledProbe> due = active.tick();
        TimerSnapshot now = round.timer().snapshot();
        probes.update(due, now);
        java.util.List<Long> plans = round.timer().plannedMillis();
        if (!plans.equals(phasePlans)) {
            phasePlans.setAll(plans);
        }
        for (Cue cue : cues.update(now)) {
            announce(cue);
        }
        if (!banner.get().isEmpty() && ticker.nanoTime() - bannerUntil > 0) {
            banner.set("");
        }
        autosaveProblem.set(active.autosave().message());
        state.set(now.state());
        phaseIndex.set(now.phaseIndex());
        Phase phase = round.currentPhase().orElse(null);
        phaseTitle.set(phase == null ? "Round over" : phase.title());
        phaseGuide.set(phase == null ? "" : phase.guide());
        phaseTime.set(TimeText.countdown(now.phaseRemainingMs()));
        roundTime.set(TimeText.countdown(now.roundRemainingMs()));
        progress.set(now.roundProgress());
        phaseOvertime.set(now.phaseOvertime());
        boolean over = now.state() == TimerState.FINISHED;
        phaseCaption.set(now.phaseOvertime() && !over ? "over in phase" : "left in phase");
        roundCaption.set(now.roundRemainingMs() < 0 ? "over in round" : "left in round");
        phaseWarning.set(!now.phaseOvertime() && now.state() != TimerState.NOT_STARTED
                && now.phaseRemainingMs() <= CueTracker.PHASE_WARNING_MS && now.state() != TimerState.FINISHED);
        roundOvertime.set(now.roundRemainingMs() < 0);
        designRevealed.set(round.designRevealed());
        canGoBack.set(now.phaseIndex() > 0 && now.state() != TimerState.FINISHED);
        primaryAction.set(switch (now.state()) {
            case NOT_STARTED -> "Start";
            case RUNNING -> "Pause";
            case PAUSED -> "Resume";
            case FINISHED -> "Finished";
        });
        boolean last = now.phaseIndex() >= round.framework().phases().size() - 1;
        nextAction.set(last ? "Finish and score" : "Next phase");
    }

    private void announce(Cue cue) {
        if (cue.kind().audible() && !settings.get().muted()) {
            cuePlayer.play(cue.kind());
        }
        String text = CueBanners.text(cue, round.framework(), round.timer().snapshot());
        if (text != null) {
            showBanner(text);
        }
    }

    private void showBanner(String text) {
        banner.set(text);
        bannerUntil = ticker.nanoTime() + BANNER_NANOS;
    }

    /** @return the round, for the view's prompts, sketch pad and phase strip */
    public Round round() {
        return round;
    }

    /** @return the round as the round service drives it */
    public ActiveRound activeRound() {
        return active;
    }

    public SettingsModel settings() {
        return settings;
    }

    public ReadOnlyObjectProperty<TimerState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty phaseIndexProperty() {
        return phaseIndex.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phaseTitleProperty() {
        return phaseTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phaseGuideProperty() {
        return phaseGuide.getReadOnlyProperty();
    }

    /** @return time left in the phase, e.g. "4:12", or the overtime, e.g. "+1:23" */
    public ReadOnlyStringProperty phaseTimeProperty() {
        return phaseTime.getReadOnlyProperty();
    }

    /** @return time left in the round, or its overtime */
    public ReadOnlyStringProperty roundTimeProperty() {
        return roundTime.getReadOnlyProperty();
    }

    /** @return the share of the round's budget used, 0.0 to 1.0 */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** @return true in the phase's last minute, before overtime */
    public ReadOnlyBooleanProperty phaseWarningProperty() {
        return phaseWarning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty phaseOvertimeProperty() {
        return phaseOvertime.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty roundOvertimeProperty() {
        return roundOvertime.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty designRevealedProperty() {
        return designRevealed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty primaryActionProperty() {
        return primaryAction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextActionProperty() {
        return nextAction.getReadOnlyProperty();
    }

    /** @return the notes pane's text: an input, bound both ways */
    public StringProperty notesProperty() {
        return notes;
    }

    /** @return the latest cue's or interviewer's message while it is up, else empty */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** @return why autosave is in trouble (a failed save, or nothing saved for over 15 s), or empty */
    public ReadOnlyStringProperty autosaveProblemProperty() {
        return autosaveProblem.getReadOnlyProperty();
    }

    /** @return "left in phase", or "over in phase" once the phase runs past its budget */
    public ReadOnlyStringProperty phaseCaptionProperty() {
        return phaseCaption.getReadOnlyProperty();
    }

    /** @return "left in round", or "over in round" once the round runs past its budget */
    public ReadOnlyStringProperty roundCaptionProperty() {
        return roundCaption.getReadOnlyProperty();
    }

    /**
     * @return each phase's budget in ms as the timer plans it now, extensions included, in
     *         phase order; read-only, replaced when an extension changes it
     */
    public ObservableList<Long> phasePlans() {
        return phasePlansView;
    }

    /**
     * @return probes that never came up because the round left their phase first (it was
     *         skipped, or cut short before the probe's minute), in schedule order; read-only.
     *         Going back to the phase brings them back on schedule.
     */
    public ObservableList<ScheduledProbe> missedProbes() {
        return probes.missed();
    }

    /** @return the interviewer's probes waiting for an acknowledgement, oldest first; read-only */
    public ObservableList<ScheduledProbe> probeCards() {
        return probes.waiting();
    }
}
