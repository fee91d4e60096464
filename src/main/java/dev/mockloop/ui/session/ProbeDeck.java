package dev.mockloop.ui.session;

import dev.mockloop.session.ProbeTracker;
import dev.mockloop.session.ScheduledProbe;
import dev.mockloop.session.TimerSnapshot;
import dev.mockloop.session.TimerState;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The round's probes as the screen lists them: the cards waiting for an answer, and the
 * probes missed because the round left their phase before they came up. Updated by
 * {@link SessionViewModel#refresh()} on every frame; cheap when nothing changed.
 */
final class ProbeDeck {

    private final ProbeTracker probes;
    private final ObservableList<ScheduledProbe> waiting = FXCollections.observableArrayList();
    private final ObservableList<ScheduledProbe> waitingView = FXCollections.unmodifiableObservableList(waiting);
    private final ObservableList<ScheduledProbe> missed = FXCollections.observableArrayList();
    private final ObservableList<ScheduledProbe> missedView = FXCollections.unmodifiableObservableList(missed);

    ProbeDeck(ProbeTracker probes) {
        this.probes = probes;
    }

    /**
     * @param due probes that came due this frame, shown as cards
     * @param now the timer as it reads this frame
     */
    void update(List<ScheduledProbe> due, TimerSnapshot now) {
        waiting.addAll(due);
        List<ScheduledProbe> skipped = now.state() == TimerState.FINISHED ? List.of() : probes.skipped(now);
        if (!skipped.equals(missed)) {
            missed.setAll(skipped);
        }
    }

    /** The card of an answered probe goes. */
    void answered(ScheduledProbe probe) {
        waiting.remove(probe);
    }

    /** @return the cards waiting for an answer, oldest first; read-only */
    ObservableList<ScheduledProbe> waiting() {
        return waitingView;
    }

    /** @return probes never shown whose phase is behind the round, in schedule order; read-only */
    ObservableList<ScheduledProbe> missed() {
        return missedView;
    }
}
