package dev.mockloop.ui.session;

import dev.mockloop.pack.Phase;
import dev.mockloop.session.Round;
import dev.mockloop.session.TimerSnapshot;
import dev.mockloop.session.TimerState;
import dev.mockloop.ui.common.Navigator;
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

/**
 * State of the session screen, recomputed from the round's timer by {@link #refresh()}.
 * The view calls refresh on every frame; nothing here counts ticks, so a late frame
 * still shows the true time.
 */
public final class SessionViewModel {

    private final Round round;
    private final Navigator navigator;
    private final ObjectProperty<TimerState> state = new SimpleObjectProperty<>(TimerState.NOT_STARTED);
    private final IntegerProperty phaseIndex = new SimpleIntegerProperty(0);
    private final StringProperty phaseTitle = new SimpleStringProperty();
    private final StringProperty phaseGuide = new SimpleStringProperty();
    private final StringProperty phaseTime = new SimpleStringProperty();
    private final StringProperty roundTime = new SimpleStringProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final BooleanProperty phaseOvertime = new SimpleBooleanProperty();
    private final BooleanProperty roundOvertime = new SimpleBooleanProperty();
    private final BooleanProperty designRevealed = new SimpleBooleanProperty();
    private final StringProperty primaryAction = new SimpleStringProperty();
    private final StringProperty nextAction = new SimpleStringProperty();
    private final StringProperty notes = new SimpleStringProperty("");

    public SessionViewModel(Round round, Navigator navigator) {
        this.round = round;
        this.navigator = navigator;
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
        }
    }

    /** Ends the round now and opens scoring. */
    public void finish() {
        if (round.timer().state() == TimerState.NOT_STARTED) {
            return;
        }
        round.finish();
        refresh();
        navigator.score(round);
    }

    /** Recomputes every figure from the timer. Cheap: call it once per frame. */
    public void refresh() {
        TimerSnapshot now = round.timer().snapshot();
        state.set(now.state());
        phaseIndex.set(now.phaseIndex());
        Phase phase = round.currentPhase().orElse(null);
        phaseTitle.set(phase == null ? "Round over" : phase.title());
        phaseGuide.set(phase == null ? "" : phase.guide());
        phaseTime.set(TimeText.countdown(now.phaseRemainingMs()));
        roundTime.set(TimeText.countdown(now.roundRemainingMs()));
        progress.set(now.roundProgress());
        phaseOvertime.set(now.phaseOvertime());
        roundOvertime.set(now.roundRemainingMs() < 0);
        designRevealed.set(round.designRevealed());
        primaryAction.set(switch (now.state()) {
            case NOT_STARTED -> "Start";
            case RUNNING -> "Pause";
            case PAUSED -> "Resume";
            case FINISHED -> "Finished";
        });
        boolean last = now.phaseIndex() >= round.framework().phases().size() - 1;
        nextAction.set(last ? "Finish and score" : "Next phase");
    }

    public Round round() {
        return round;
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

    public BooleanProperty phaseOvertimeProperty() {
        return phaseOvertime;
    }

    public BooleanProperty roundOvertimeProperty() {
        return roundOvertime;
    }

    public BooleanProperty designRevealedProperty() {
        return designRevealed;
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
}
