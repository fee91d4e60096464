package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Point;

/** Erases whole elements along the drag; everything one drag removes undoes in one step. */
final class EraserGesture implements Gesture {

    private final SketchPadModel model;
    private Point last;

    EraserGesture(SketchPadModel model, double x, double y) {
        this.model = model;
        model.sketch().beginGroup();
        last = new Point(x, y);
        model.sketch().eraseAt(x, y, radius());
    }

    private double radius() {
        return model.screenToSketch(SketchPadModel.ERASER_RADIUS_PX);
    }

    @Override
    public boolean drag(double x, double y, boolean shift) {
        // Step along the way from the last point, so a fast drag does not skip elements.
        Point to = new Point(x, y);
        double dx = to.x() - last.x();
        double dy = to.y() - last.y();
        double step = radius() / 2;
        int steps = Math.max(1, (int) Math.ceil(Math.hypot(dx, dy) / step));
        for (int i = 1; i <= steps; i++) {
            double t = (double) i / steps;
            model.sketch().eraseAt(last.x() + t * dx, last.y() + t * dy, radius());
        }
        last = to;
        return false;
    }

    @Override
    public void release(double x, double y, boolean shift) {
        drag(x, y, shift);
        model.sketch().endGroup();
    }

    @Override
    public void cancel() {
        model.sketch().endGroup();
    }
}
