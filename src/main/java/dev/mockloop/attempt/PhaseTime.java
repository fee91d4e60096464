package dev.mockloop.attempt;

/**
 * Planned against actual time of one phase of a round.
 *
 * @param phaseId   the phase's id in its framework
 * @param title     the phase's title, kept so the attempt reads well after the pack changes
 * @param plannedMs the phase's budget in ms (framework minutes × 60,000, plus extensions)
 * @param actualMs  the time the user spent in the phase in ms, pauses excluded
 * @param pausedMs  the time the clock stood paused in this phase in ms
 * @param pauses    how many times the user paused in this phase
 */
public record PhaseTime(String phaseId, String title, long plannedMs, long actualMs, long pausedMs, int pauses) {

    /** A phase with no pauses. */
    public PhaseTime(String phaseId, String title, long plannedMs, long actualMs) {
        this(phaseId, title, plannedMs, actualMs, 0, 0);
    }

    /** @return the planned time in whole seconds, rounded down */
    public long plannedSeconds() {
        return plannedMs / 1000;
    }

    /** @return the actual time in whole seconds, rounded down */
    public long actualSeconds() {
        return actualMs / 1000;
    }

    /** @return how far the phase ran past its budget in ms; negative when it finished early */
    public long overrunMs() {
        return actualMs - plannedMs;
    }

    /** @return the time past the budget in ms, 0 when the phase kept to it */
    public long overtimeMs() {
        return Math.max(0, overrunMs());
    }
}
