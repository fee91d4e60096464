package dev.mockloop.session;

/** Where the minutes come from when the user extends the current phase. */
public enum ExtendMode {
    /** Later phases give up the time, starting with the next, so the round keeps its length. */
    TAKE_FROM_LATER_PHASES,
    /** The round grows by the extension. */
    ADD_TO_ROUND
}
