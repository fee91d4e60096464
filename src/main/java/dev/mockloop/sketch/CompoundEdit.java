package dev.mockloop.sketch;

import java.util.ArrayList;
import java.util.List;

/** Several edits that undo and redo as one, e.g. everything one eraser drag removed. */
final class CompoundEdit implements SketchEdit {

    private final List<SketchEdit> parts = new ArrayList<>();

    void add(SketchEdit edit) {
        parts.add(edit);
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    @Override
    public void apply(List<Stroke> strokes) {
        for (SketchEdit part : parts) {
            part.apply(strokes);
        }
    }

    @Override
    public void revert(List<Stroke> strokes) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).revert(strokes);
        }
    }
}
