package dev.mockloop.sketch;

import java.util.List;

/**
 * One undoable change to a sketch's strokes (a command). {@link #revert} must undo exactly
 * what {@link #apply} did, given the list is in the state {@code apply} left it in; the
 * history guarantees that order.
 */
interface SketchEdit {

    /** Makes the change on the sketch's z-ordered stroke list. */
    void apply(List<Stroke> strokes);

    /** Undoes the change on the sketch's z-ordered stroke list. */
    void revert(List<Stroke> strokes);
}
