package dev.mockloop.sketch;

import java.util.List;

/** Removes every stroke; undo restores them all. */
final class ClearEdit implements SketchEdit {

    private final List<Stroke> before;

    ClearEdit(List<Stroke> before) {
        this.before = List.copyOf(before);
    }

    @Override
    public void apply(List<Stroke> strokes) {
        strokes.clear();
    }

    @Override
    public void revert(List<Stroke> strokes) {
        strokes.addAll(before);
    }
}
