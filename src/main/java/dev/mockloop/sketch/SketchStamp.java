package dev.mockloop.sketch;

import java.util.Objects;

/**
 * When an operation on the sketch happened, as the round sees it.
 *
 * @param elapsedMs time since the round's start, ms, pauses excluded (0 before it starts)
 * @param phaseId   id of the round's phase at that moment, "" when none (before or after the round)
 */
public record SketchStamp(long elapsedMs, String phaseId) {

    /** Time 0, no phase: the stamp of a sketch with no round. */
    public static final SketchStamp ZERO = new SketchStamp(0, "");

    /** @throws IllegalArgumentException if the time is negative */
    public SketchStamp {
        if (elapsedMs < 0) {
            throw new IllegalArgumentException("elapsed time must be 0 ms or more, got " + elapsedMs);
        }
        phaseId = Objects.requireNonNullElse(phaseId, "");
    }
}
