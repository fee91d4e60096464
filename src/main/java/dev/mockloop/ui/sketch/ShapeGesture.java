package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Shape;
import dev.mockloop.sketch.ShapeKind;
import dev.mockloop.sketch.Snapping;
import java.util.List;
import java.util.Set;

/**
 * Draws a box-shaped element from corner to corner (Shift for a square or circle); a click
 * without a drag places one of {@link #DEFAULT_WIDTH} × {@link #DEFAULT_HEIGHT} px centred there.
 */
final class ShapeGesture implements Gesture {

    /** Size of a shape placed by a click, px. */
    static final double DEFAULT_WIDTH = 120;
    /** Size of a shape placed by a click, px. */
    static final double DEFAULT_HEIGHT = 64;

    private final SketchPadModel model;
    private final ShapeKind kind;
    private final double anchorX;
    private final double anchorY;
    private Bounds box;

    ShapeGesture(SketchPadModel model, ShapeKind kind, double x, double y) {
        this.model = model;
        this.kind = kind;
        Snapping.Result snap = Gestures.snapPoint(model, x, y, Set.of());
        this.anchorX = x + snap.dx();
        this.anchorY = y + snap.dy();
    }

    @Override
    public boolean drag(double x, double y, boolean shift) {
        Snapping.Result snap = Gestures.snapPoint(model, x, y, Set.of());
        double ex = x + snap.dx();
        double ey = y + snap.dy();
        if (shift) {
            double side = Math.max(Math.abs(ex - anchorX), Math.abs(ey - anchorY));
            ex = anchorX + Math.copySign(side, ex - anchorX);
            ey = anchorY + Math.copySign(side, ey - anchorY);
        }
        box = Bounds.spanning(anchorX, anchorY, ex, ey);
        model.setPreview(Preview.of(List.of(template(box)), snap.guides(), 0));
        return false;
    }

    @Override
    public void release(double x, double y, boolean shift) {
        drag(x, y, shift);
        double min = model.screenToSketch(4);
        if (box.width() < min && box.height() < min) {
            double h = kind == ShapeKind.CYLINDER ? 84 : DEFAULT_HEIGHT;
            double w = kind == ShapeKind.CYLINDER ? 100 : DEFAULT_WIDTH;
            box = Bounds.ofSize(anchorX - w / 2, anchorY - h / 2, w, h);
        }
        Gestures.selectNew(model, model.sketch().add(template(box)));
    }

    private Shape template(Bounds b) {
        return Shape.of(kind, b, model.style().toStyle());
    }
}
