package dev.mockloop.sketch;

import java.util.List;

/**
 * What one change (edit, undo or redo) did to a sketch, so a view can repaint only what
 * it must: elements put on top of everything, and a region whose content changed.
 *
 * @param appended elements added on top, bottom first, untouched by the rest of the change;
 *                 a cached layer can draw them over what it has
 * @param dirty    the region where anything else changed (old and new extents), px; null if none
 */
public record SketchChange(List<Element> appended, Bounds dirty) {

    /** Copies the list. */
    public SketchChange {
        appended = List.copyOf(appended);
    }

    /** @return whether the change only put elements on top */
    public boolean isAppendOnly() {
        return dirty == null;
    }
}
