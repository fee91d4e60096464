package dev.mockloop.ui.sketch;

/**
 * A pointer gesture under way on the pad: a press started it with some tool; drags and
 * the release continue it. Coordinates are sketch px.
 */
interface Gesture {

    /**
     * The pointer moved with the button down.
     *
     * @param shift whether Shift is held (constrains: squares, straight moves)
     * @return whether a live-stroke segment was added, which the board draws on its own
     */
    boolean drag(double x, double y, boolean shift);

    /** The button came up: the gesture commits its edit, if any. */
    void release(double x, double y, boolean shift);

    /** The gesture is abandoned (Escape, or the pad lost the pointer): nothing is committed. */
    default void cancel() {
    }
}
