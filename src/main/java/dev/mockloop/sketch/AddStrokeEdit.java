package dev.mockloop.sketch;

import java.util.List;

/** Puts one stroke on top of the others. */
final class AddStrokeEdit implements SketchEdit {

    private final Stroke stroke;

    AddStrokeEdit(Stroke stroke) {
        this.stroke = stroke;
    }

    @Override
    public void apply(List<Stroke> strokes) {
        strokes.add(stroke);
    }

    @Override
    public void revert(List<Stroke> strokes) {
        Stroke last = strokes.remove(strokes.size() - 1);
        if (last != stroke) {
            throw new IllegalStateException("undo out of order: expected stroke " + stroke.id()
                    + " on top, found " + last.id());
        }
    }
}
