package dev.mockloop.sketch;

import java.util.List;

/** Removes some strokes; undo puts each back at its old place in the z-order. */
final class EraseStrokesEdit implements SketchEdit {

    private final int[] indices;
    private final Stroke[] removed;

    /**
     * @param indices the strokes' positions in the list before the erase, ascending
     * @param removed the strokes at those positions
     */
    EraseStrokesEdit(int[] indices, Stroke[] removed) {
        this.indices = indices.clone();
        this.removed = removed.clone();
    }

    @Override
    public void apply(List<Stroke> strokes) {
        // From the back, so the earlier indices still point at the right strokes.
        for (int i = indices.length - 1; i >= 0; i--) {
            strokes.remove(indices[i]);
        }
    }

    @Override
    public void revert(List<Stroke> strokes) {
        for (int i = 0; i < indices.length; i++) {
            strokes.add(indices[i], removed[i]);
        }
    }
}
