package dev.mockloop.attempt;

/**
 * An interviewer probe that appeared during the round.
 *
 * @param text       the probe as asked
 * @param phaseId    the phase it appeared in
 * @param shownAtMs  round time (ms, pauses excluded) when its card appeared
 * @param responseMs ms from appearing to the user's acknowledgement, or {@code null} if the
 *                   round ended before it was acknowledged
 */
public record ProbeResponse(String text, String phaseId, long shownAtMs, Long responseMs) {

    /** @return whether the user acknowledged the probe */
    public boolean acknowledged() {
        return responseMs != null;
    }
}
