package dev.mockloop.attempt;

/**
 * Planned against actual time of one phase of a round.
 *
 * @param phaseId   the phase's id in its framework
 * @param title     the phase's title, kept so the attempt reads well after the pack changes
 * @param plannedMs the phase's budget in ms (framework minutes × 60,000)
 * @param actualMs  the time the user spent in the phase in ms, pauses excluded
 */
public record PhaseTime(String phaseId, String title, long plannedMs, long actualMs) {

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
}
