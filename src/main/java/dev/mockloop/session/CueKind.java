package dev.mockloop.session;

/** The moments a round signals to the user, as an interviewer glancing at the clock would. */
public enum CueKind {
    /** One minute left in the current phase: visual and audible. */
    PHASE_ONE_MINUTE_LEFT(true),
    /** The current phase's budget ran out; it is now in overtime: visual and audible. */
    PHASE_TIME_UP(true),
    /** The user moved to another phase: visual and audible. */
    PHASE_CHANGED(true),
    /** Half the round's budget is used: a notification. */
    HALF_TIME(false),
    /** Five minutes left in the round: a notification. */
    FIVE_MINUTES_LEFT(false),
    /** The round's budget ran out; the round is in overtime: a notification. */
    ROUND_TIME_UP(true);

    private final boolean audible;

    CueKind(boolean audible) {
        this.audible = audible;
    }

    /** @return whether the cue plays a sound (unless muted) */
    public boolean audible() {
        return audible;
    }
}
