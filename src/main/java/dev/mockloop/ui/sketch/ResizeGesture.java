package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Shape;
import dev.mockloop.sketch.Snapping;
import java.util.List;
import java.util.Set;

/**
 * Resizes one shape by a handle: the grabbed edges follow the pointer (snapped), the others
 * stay; Shift keeps the proportions. A shape never gets smaller than {@link #MIN_PX}.
 * Attached arrows follow live.
 */
final class ResizeGesture implements Gesture {

    /** Smallest side, px. */
    static final double MIN_PX = 8;

    private final SketchPadModel model;
    private final Shape shape;
    private final Handles.Handle handle;
    private final double offsetX;
    private final double offsetY;
    private Shape resized;

    ResizeGesture(SketchPadModel model, Shape shape, Handles.Handle handle, double x, double y) {
        this.model = model;
        this.shape = shape;
        this.handle = handle;
        Bounds b = shape.box();
        // Keep the grab offset, so the edge does not jump to the pointer.
        this.offsetX = (handle.movesLeft() ? b.minX() : handle.movesRight() ? b.maxX() : x) - x;
        this.offsetY = (handle.movesTop() ? b.minY() : handle.movesBottom() ? b.maxY() : y) - y;
    }

    @Override
    public boolean drag(double x, double y, boolean shift) {
        Snapping.Result snap = Gestures.snapPoint(model, x + offsetX, y + offsetY, Set.of(shape.id()));
        double px = x + offsetX + snap.dx();
        double py = y + offsetY + snap.dy();
        Bounds b = shape.box();
        double minX = handle.movesLeft() ? Math.min(px, b.maxX() - MIN_PX) : b.minX();
        double maxX = handle.movesRight() ? Math.max(px, b.minX() + MIN_PX) : b.maxX();
        double minY = handle.movesTop() ? Math.min(py, b.maxY() - MIN_PX) : b.minY();
        double maxY = handle.movesBottom() ? Math.max(py, b.minY() + MIN_PX) : b.maxY();
        Bounds next = new Bounds(minX, minY, maxX, maxY);
        if (shift && b.width() > 0 && b.height() > 0) {
            next = keepRatio(b, next);
        }
        resized = shape.withBox(next);
        model.setPreview(Preview.of(model.sketch().preview(List.of(resized)), snap.guides(), 0));
        return false;
    }

    private Bounds keepRatio(Bounds was, Bounds next) {
        double ratio = was.width() / was.height();
        double w = next.width();
        double h = next.height();
        if (handle == Handles.Handle.N || handle == Handles.Handle.S) {
            w = h * ratio;
        } else if (handle == Handles.Handle.E || handle == Handles.Handle.W) {
            h = w / ratio;
        } else if (w / h > ratio) {
            h = w / ratio;
        } else {
            w = h * ratio;
        }
        double x0 = handle.movesLeft() ? was.maxX() - w : handle.movesRight() ? was.minX() : was.centerX() - w / 2;
        double y0 = handle.movesTop() ? was.maxY() - h : handle.movesBottom() ? was.minY() : was.centerY() - h / 2;
        return Bounds.ofSize(x0, y0, w, h);
    }

    @Override
    public void release(double x, double y, boolean shift) {
        drag(x, y, shift);
        model.setPreview(Preview.NONE);
        model.sketch().update(resized);
    }
}
