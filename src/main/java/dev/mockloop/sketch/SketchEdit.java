package dev.mockloop.sketch;

/**
 * One undoable change to a sketch (a command), made of the document's primitive changes.
 * {@link #revert} must undo exactly what {@link #apply} did, given the document is in the
 * state {@code apply} left it in; the history guarantees that order.
 */
interface SketchEdit {

    /** Makes the change. */
    void apply(Document doc);

    /** Undoes the change. */
    void revert(Document doc);
}
