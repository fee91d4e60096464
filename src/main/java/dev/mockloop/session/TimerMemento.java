package dev.mockloop.session;

import java.util.List;

/**
 * Everything needed to rebuild a {@link PhaseTimer} exactly, e.g. after a crash: plain
 * values, so it can be written to disk (as JSON) and read back.
 *
 * @param plannedMs    each phase's budget in ms, after any extensions
 * @param activeNanos  each phase's active time in ns, up to the moment of the memento
 * @param pausedNanos  each phase's paused time in ns, up to the moment of the memento
 * @param pauses       how many times the user paused in each phase
 * @param current      the current phase index (the phase count once finished)
 * @param state        the state when the memento was taken
 */
public record TimerMemento(List<Long> plannedMs, List<Long> activeNanos, List<Long> pausedNanos,
                           List<Integer> pauses, int current, TimerState state) {

    public TimerMemento {
        plannedMs = List.copyOf(plannedMs);
        activeNanos = List.copyOf(activeNanos);
        pausedNanos = List.copyOf(pausedNanos);
        pauses = List.copyOf(pauses);
        int n = plannedMs.size();
        if (activeNanos.size() != n || pausedNanos.size() != n || pauses.size() != n) {
            throw new IllegalArgumentException("memento lists must all have one entry per phase (" + n + ")");
        }
        if (current < 0 || current > n) {
            throw new IllegalArgumentException("current phase " + current + " is outside 0.." + n);
        }
    }
}
