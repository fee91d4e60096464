package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.Snapping;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Moves the selection with the pointer, snapped so its edges or centres line up with other
 * shapes (or the grid); Shift keeps the move horizontal or vertical. Attached arrows follow
 * live. A click without a drag on one of several selected elements selects just that one.
 */
final class MoveGesture implements Gesture {

    private final SketchPadModel model;
    private final double startX;
    private final double startY;
    private final long clicked;
    private final Set<Long> ids;
    private final Bounds frame;
    private double dx;
    private double dy;
    private boolean moved;

    /** @param clicked the already-selected element pressed on, or 0 */
    MoveGesture(SketchPadModel model, double x, double y, long clicked) {
        this.model = model;
        this.startX = x;
        this.startY = y;
        this.clicked = clicked;
        this.ids = new LinkedHashSet<>(model.selection());
        Bounds all = null;
        for (Element e : model.selectedElements()) {
            all = Bounds.union(all, e.frame());
        }
        this.frame = all;
    }

    @Override
    public boolean drag(double x, double y, boolean shift) {
        double rawX = x - startX;
        double rawY = y - startY;
        if (!moved && Math.hypot(rawX, rawY) < model.screenToSketch(3)) {
            return false;
        }
        moved = true;
        if (shift) {
            if (Math.abs(rawX) > Math.abs(rawY)) {
                rawY = 0;
            } else {
                rawX = 0;
            }
        }
        List<Snapping.Guide> guides = List.of();
        dx = rawX;
        dy = rawY;
        if (frame != null) {
            Snapping.Result snap = Snapping.snapBox(frame.translate(rawX, rawY), Gestures.snapTargets(model, ids),
                    model.screenToSketch(SketchPadModel.SNAP_TOLERANCE_PX), Gestures.grid(model));
            dx += shift && rawX == 0 ? 0 : snap.dx();
            dy += shift && rawY == 0 ? 0 : snap.dy();
            guides = snap.guides();
        }
        model.setPreview(Preview.of(model.sketch().previewMove(ids, dx, dy), guides, 0));
        return false;
    }

    @Override
    public void release(double x, double y, boolean shift) {
        if (moved) {
            drag(x, y, shift);
            model.setPreview(Preview.NONE);
            model.sketch().move(ids, dx, dy);
        } else if (clicked != 0 && !shift) {
            model.select(List.of(clicked));
        }
    }
}
