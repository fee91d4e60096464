package dev.mockloop.ui.session;

import dev.mockloop.pack.Phase;
import dev.mockloop.session.Cue;
import dev.mockloop.session.CueKind;
import dev.mockloop.session.CueTracker;
import dev.mockloop.session.Round;
import dev.mockloop.session.ScheduledProbe;
import dev.mockloop.session.Ticker;
import dev.mockloop.session.TimerSnapshot;
import dev.mockloop.session.TimerState;
import dev.mockloop.ui.common.Navigator;
import dev.mockloop.ui.common.SettingsModel;
import dev.mockloop.ui.common.TimeText;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the session screen, recomputed from the round's timer by {@link #refresh()}.
 * The view calls refresh on every frame; nothing here counts ticks, so a late frame
 * still shows the true time. Refresh also fires the timer's cues (banner and sound) and
 * brings up interviewer probes when their time comes.
 */
public final class SessionViewModel {

    /** How long a cue's banner stays up: 6 s of monotonic time. */
    static final long BANNER_NANOS = 6_000_000_000L;

    private final Round round;
    private final Navigator navigator;
    private final SettingsModel settings;
    private final CuePlayer cuePlayer;
    private final Ticker ticker;
    private final CueTracker cues = new CueTracker();
    private final Autosaver autosaver;
    private final StringProperty autosaveProblem = new SimpleStringProperty("");
    private final ObjectProperty<TimerState> state = new SimpleObjectProperty<>(TimerState.NOT_STARTED);
    private final IntegerProperty phaseIndex = new SimpleIntegerProperty(0);
    private final StringProperty phaseTitle = new SimpleStringProperty();
    private final StringProperty phaseGuide = new SimpleStringProperty();
    private final StringProperty phaseTime = new SimpleStringProperty();
    private final StringProperty roundTime = new SimpleStringProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final BooleanProperty phaseWarning = new SimpleBooleanProperty();
    private final BooleanProperty phaseOvertime = new SimpleBooleanProperty();
    private final BooleanProperty roundOvertime = new SimpleBooleanProperty();
    private final BooleanProperty designRevealed = new SimpleBooleanProperty();
    private final BooleanProperty canGoBack = new SimpleBooleanProperty();
    private final StringProperty primaryAction = new SimpleStringProperty();
    private final StringProperty nextAction = new SimpleStringProperty();
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty banner = new SimpleStringProperty("");
    private final ObservableList<ScheduledProbe> probeCards = FXCollections.observableArrayList();
    private long bannerUntil;

    /**
     * @param settings  extend mode and mute
     * @param cuePlayer plays cue sounds unless muted
     * @param ticker    the round's monotonic time source, for how long banners stay up
     * @param drafts    where autosaves go (every 5 s and at every phase change)
     */
    public SessionViewModel(Round round, Navigator navigator, SettingsModel settings, CuePlayer cuePlayer,
                            Ticker ticker, DraftSink drafts) {
        this.round = round;
        this.autosaver = new Autosaver(round, draft -> drafts.save(draft, () -> autosaveProblem.set(""),
                problem -> autosaveProblem.set("Autosave failed: " + problem
                        + ". Your round is kept in memory and saved again in a few seconds.")), ticker);
        this.navigator = navigator;
        this.settings = settings;
        this.cuePlayer = cuePlayer;
        this.ticker = ticker;
        notes.set(round.notes());  // a resumed round comes with its notes
        notes.addListener((obs, old, text) -> round.setNotes(text));
        refresh();
    }

    /** Start, then pause and resume: the space bar's action. */
    public void primary() {
        switch (round.timer().state()) {
            case NOT_STARTED -> round.start();
            case RUNNING, PAUSED -> round.timer().togglePause();
            case FINISHED -> { }
        }
        refresh();
        autosaver.saveNow();
    }

    /** Moves to the next phase; after the last one the round ends and scoring opens. */
    public void next() {
        if (round.timer().state() == TimerState.NOT_STARTED) {
            return;
        }
        round.timer().next();
        if (round.timer().state() == TimerState.FINISHED) {
            finish();
        } else {
            refresh();
            autosaver.saveNow();
        }
    }

    /** Goes back to the previous phase. */
    public void back() {
        round.timer().back();
        refresh();
        autosaver.saveNow();
    }

    /** Gives the current phase more minutes, as the settings say (from later phases or onto the round). */
    public void extend(int minutes) {
        round.timer().extend(minutes * 60_000L, settings.get().extendMode());
        refresh();
        autosaver.saveNow();
    }

    /** Ends the round now and opens scoring. */
    public void finish() {
        if (round.timer().state() == TimerState.NOT_STARTED) {
            return;
        }
        round.finish();
        refresh();
        autosaver.saveNow();
        navigator.score(round);
    }

    /** The user answered the interviewer's probe: its card goes and the response time is kept. */
    public void acknowledge(ScheduledProbe probe) {
        round.probes().acknowledge(probe.index());
        probeCards.remove(probe);
        autosaver.saveNow();
    }

    /** Recomputes every figure from the timer, and fires cues and probes that came due. Cheap: once per frame. */
    public void refresh() {
        TimerSnapshot now = round.timer().snapshot();
        if (now.state() != TimerState.NOT_STARTED) {
            autosaver.tick();
        }
        for (Cue cue : cues.update(now)) {
            announce(cue);
        }
        probeCards.addAll(round.probes().update(now));
        if (!banner.get().isEmpty() && ticker.nanoTime() - bannerUntil > 0) {
            banner.set("");
        }
        state.set(now.state());
        phaseIndex.set(now.phaseIndex());
        Phase phase = round.currentPhase().orElse(null);
        phaseTitle.set(phase == null ? "Round over" : phase.title());
        phaseGuide.set(phase == null ? "" : phase.guide());
        phaseTime.set(TimeText.countdown(now.phaseRemainingMs()));
        roundTime.set(TimeText.countdown(now.roundRemainingMs()));
        progress.set(now.roundProgress());
        phaseOvertime.set(now.phaseOvertime());
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
        String text = bannerText(cue);
        if (text != null) {
            banner.set(text);
            bannerUntil = ticker.nanoTime() + BANNER_NANOS;
        }
    }

    private String bannerText(Cue cue) {
        String phase = cue.phaseIndex() < round.framework().phases().size()
                ? round.framework().phases().get(cue.phaseIndex()).title() : "";
        TimerSnapshot now = round.timer().snapshot();
        return switch (cue.kind()) {
            case PHASE_ONE_MINUTE_LEFT -> "1 minute left in " + phase;
            case PHASE_TIME_UP -> phase + " is over time: wrap it up or extend it";
            case PHASE_CHANGED -> null;
            case HALF_TIME -> "Half-time: " + TimeText.countdown(now.roundRemainingMs()) + " left in the round";
            case FIVE_MINUTES_LEFT -> "5 minutes left in the round";
            case ROUND_TIME_UP -> "The round is over time";
        };
    }

    public Round round() {
        return round;
    }

    public SettingsModel settings() {
        return settings;
    }

    public ObjectProperty<TimerState> stateProperty() {
        return state;
    }

    public IntegerProperty phaseIndexProperty() {
        return phaseIndex;
    }

    public StringProperty phaseTitleProperty() {
        return phaseTitle;
    }

    public StringProperty phaseGuideProperty() {
        return phaseGuide;
    }

    /** @return time left in the phase, e.g. "4:12", or the overtime, e.g. "+1:23" */
    public StringProperty phaseTimeProperty() {
        return phaseTime;
    }

    /** @return time left in the round, or its overtime */
    public StringProperty roundTimeProperty() {
        return roundTime;
    }

    /** @return the share of the round's budget used, 0.0 to 1.0 */
    public DoubleProperty progressProperty() {
        return progress;
    }

    /** @return true in the phase's last minute, before overtime */
    public BooleanProperty phaseWarningProperty() {
        return phaseWarning;
    }

    public BooleanProperty phaseOvertimeProperty() {
        return phaseOvertime;
    }

    public BooleanProperty roundOvertimeProperty() {
        return roundOvertime;
    }

    public BooleanProperty designRevealedProperty() {
        return designRevealed;
    }

    public BooleanProperty canGoBackProperty() {
        return canGoBack;
    }

    public StringProperty primaryActionProperty() {
        return primaryAction;
    }

    public StringProperty nextActionProperty() {
        return nextAction;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** @return the latest cue's message while it is up, else empty */
    public StringProperty bannerProperty() {
        return banner;
    }

    /** @return why the last autosave failed, or empty while autosaves succeed */
    public StringProperty autosaveProblemProperty() {
        return autosaveProblem;
    }

    /** @return the interviewer's probes waiting for an acknowledgement, oldest first */
    public ObservableList<ScheduledProbe> probeCards() {
        return probeCards;
    }
}
