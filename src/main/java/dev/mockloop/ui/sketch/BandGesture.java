package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Element;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A rubber band on empty board: selects what lies wholly inside it (added to the selection with Shift). */
final class BandGesture implements Gesture {

    private final SketchPadModel model;
    private final double startX;
    private final double startY;
    private final Set<Long> before;
    private final boolean additive;

    BandGesture(SketchPadModel model, double x, double y, Set<Long> before, boolean additive) {
        this.model = model;
        this.startX = x;
        this.startY = y;
        this.before = before;
        this.additive = additive;
    }

    @Override
    public boolean drag(double x, double y, boolean shift) {
        Bounds band = Bounds.spanning(startX, startY, x, y);
        model.setPreview(new Preview(List.of(), band, List.of(), 0));
        model.select(picked(band));
        return false;
    }

    @Override
    public void release(double x, double y, boolean shift) {
        model.select(picked(Bounds.spanning(startX, startY, x, y)));
    }

    private Set<Long> picked(Bounds band) {
        Set<Long> ids = new LinkedHashSet<>(additive ? before : Set.of());
        if (band.width() > 0 || band.height() > 0) {
            for (Element e : model.sketch().within(band)) {
                ids.add(e.id());
            }
        }
        return ids;
    }
}
