package dev.mockloop.ui.sketch;

/** What a press or drag on the sketch pad does. */
public enum SketchTool {
    /** Selects, moves and resizes; drag on empty board for a rubber band. */
    SELECT,
    /** Draws a smoothed freehand stroke. */
    PEN,
    /** Draws a straight line; its ends attach to shapes they start or end on. */
    LINE,
    /** Draws an arrow; its ends attach to shapes they start or end on. */
    ARROW,
    /** Draws a rectangle (drag for its box, click for a default size). */
    RECTANGLE,
    /** Draws a box with rounded corners. */
    ROUNDED_BOX,
    /** Draws an ellipse. */
    ELLIPSE,
    /** Draws a cylinder, as for a database. */
    CYLINDER,
    /** Click to type a text label. */
    TEXT,
    /** Places the armed system-design stencil where you click. */
    STENCIL,
    /** Removes every whole element it touches. */
    ERASER;

    /** @return whether the tool draws a box-shaped shape by dragging */
    public boolean drawsShape() {
        return this == RECTANGLE || this == ROUNDED_BOX || this == ELLIPSE || this == CYLINDER;
    }
}
