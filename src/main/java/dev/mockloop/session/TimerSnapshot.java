package dev.mockloop.session;

/**
 * Every figure the timer display needs, read at one instant so they agree.
 *
 * @param state            the timer's state
 * @param phaseIndex       index of the current phase; equals the phase count once finished
 * @param phaseElapsedMs   time spent in the current phase, pauses excluded
 * @param phasePlannedMs   the current phase's budget (0 once finished)
 * @param roundElapsedMs   time spent in the round so far, pauses excluded
 * @param roundPlannedMs   the round's budget, the sum of the phase budgets
 */
public record TimerSnapshot(TimerState state, int phaseIndex, long phaseElapsedMs, long phasePlannedMs,
                            long roundElapsedMs, long roundPlannedMs) {

    /** @return time left in the phase in ms; negative once the phase is in overtime */
    public long phaseRemainingMs() {
        return phasePlannedMs - phaseElapsedMs;
    }

    /** @return time left in the round in ms; negative once the round is in overtime */
    public long roundRemainingMs() {
        return roundPlannedMs - roundElapsedMs;
    }

    /** @return whether the current phase has run past its budget */
    public boolean phaseOvertime() {
        return state != TimerState.FINISHED && phaseElapsedMs > phasePlannedMs;
    }

    /** @return the share of the round's budget used, 0.0 to 1.0 (capped) */
    public double roundProgress() {
        return roundPlannedMs == 0 ? 1.0 : Math.min(1.0, (double) roundElapsedMs / roundPlannedMs);
    }
}
