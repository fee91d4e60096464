package dev.mockloop.attempt;

/**
 * An interviewer probe that appeared during the round.
 *
 * @param text       the probe as asked
 * @param phaseId    the phase it appeared in
 * @param shownAtMs  round time (ms, pauses excluded) when its card appeared, or
 *                   {@link #NEVER_SHOWN} for a probe on the schedule that never appeared (its
 *                   phase was skipped or cut short, or the round ended before it)
 * @param responseMs ms from appearing to the user's acknowledgement, or {@code null} if the
 *                   round ended before it was acknowledged
 */
public record ProbeResponse(String text, String phaseId, long shownAtMs, Long responseMs) {

    /** The {@code shownAtMs} of a probe that never appeared. */
    public static final long NEVER_SHOWN = -1;

    /** @return whether the probe's card appeared during the round */
    public boolean shown() {
        return shownAtMs != NEVER_SHOWN;
    }

    /** @return whether the user acknowledged the probe */
    public boolean acknowledged() {
        return responseMs != null;
    }
}
