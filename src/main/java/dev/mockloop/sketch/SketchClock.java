package dev.mockloop.sketch;

/**
 * Where a sketch reads the time and phase it stamps on each operation (see {@link Timeline}).
 * The session's round sets one on its sketch; the sketch package knows nothing of rounds.
 */
@FunctionalInterface
public interface SketchClock {

    /** A clock with no round: every stamp is {@link SketchStamp#ZERO}. */
    SketchClock NONE = () -> SketchStamp.ZERO;

    /** @return the current time from the round's start and its current phase */
    SketchStamp now();
}
