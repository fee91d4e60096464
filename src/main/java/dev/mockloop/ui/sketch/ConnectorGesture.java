package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Arrowheads;
import dev.mockloop.sketch.Connector;
import dev.mockloop.sketch.Connectors;
import dev.mockloop.sketch.Point;
import dev.mockloop.sketch.Shape;
import dev.mockloop.sketch.Snapping;
import dev.mockloop.sketch.Style;
import java.util.List;
import java.util.Set;

/**
 * Draws a line or arrow. An end pressed or released over a shape attaches to it (the shape
 * is highlighted meanwhile) and sits on its outline; a free end snaps like a point. A drag
 * shorter than 4 screen px draws nothing.
 */
final class ConnectorGesture implements Gesture {

    private final SketchPadModel model;
    private final Arrowheads heads;
    private final Point start;
    private final long startShape;
    private Connector current;

    ConnectorGesture(SketchPadModel model, Arrowheads heads, double x, double y) {
        this.model = model;
        this.heads = heads;
        Shape under = Gestures.shapeAt(model, x, y, 0);
        this.startShape = under == null ? 0 : under.id();
        Snapping.Result snap = under == null ? Gestures.snapPoint(model, x, y, Set.of()) : Snapping.Result.NONE;
        this.start = new Point(x + snap.dx(), y + snap.dy());
    }

    @Override
    public boolean drag(double x, double y, boolean shift) {
        Shape target = Gestures.shapeAt(model, x, y, startShape);
        Point end;
        List<Snapping.Guide> guides = List.of();
        if (target != null) {
            end = new Point(x, y);
        } else {
            Snapping.Result snap = Gestures.snapPoint(model, x, y, Set.of());
            end = new Point(x + snap.dx(), y + snap.dy());
            guides = snap.guides();
        }
        if (shift && target == null) {
            end = straighten(start, end);
        }
        Style style = model.style().toStyle().withFill(null);
        Connector c = new Connector(0, start, end, style, heads, "", startShape, target == null ? 0 : target.id());
        current = Connectors.route(c, id -> model.sketch().find(id).orElse(null) instanceof Shape s ? s : null);
        model.setPreview(Preview.of(List.of(current), guides, target == null ? 0 : target.id()));
        return false;
    }

    /** Snaps the end to the nearest multiple of 45° around the start. */
    private static Point straighten(Point from, Point to) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double len = Math.hypot(dx, dy);
        double angle = Math.round(Math.atan2(dy, dx) / (Math.PI / 4)) * (Math.PI / 4);
        return new Point(from.x() + len * Math.cos(angle), from.y() + len * Math.sin(angle));
    }

    @Override
    public void release(double x, double y, boolean shift) {
        drag(x, y, shift);
        Point raw = new Point(x, y);
        if (Math.hypot(raw.x() - start.x(), raw.y() - start.y()) < model.screenToSketch(4)) {
            return;
        }
        Gestures.selectNew(model, model.sketch().add(current));
    }
}
