package dev.mockloop.ui.sketch;

/** What a drag on the sketch pad does. */
public enum SketchTool {
    /** Draws a freehand stroke. */
    PEN,
    /** Removes every whole stroke the eraser touches. */
    ERASER
}
