package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Connector;
import dev.mockloop.sketch.Point;
import dev.mockloop.sketch.Shape;
import dev.mockloop.sketch.Snapping;
import java.util.List;
import java.util.Set;

/** Drags one end of a connector; released over a shape it attaches there, elsewhere it lets go. */
final class EndpointGesture implements Gesture {

    private final SketchPadModel model;
    private final Connector connector;
    private final boolean start;
    private Connector moved;

    EndpointGesture(SketchPadModel model, Connector connector, boolean start, double x, double y) {
        this.model = model;
        this.connector = connector;
        this.start = start;
        this.moved = connector;
    }

    @Override
    public boolean drag(double x, double y, boolean shift) {
        long other = start ? connector.endShape() : connector.startShape();
        Shape target = Gestures.shapeAt(model, x, y, other);
        Point p = new Point(x, y);
        List<Snapping.Guide> guides = List.of();
        if (target == null) {
            Snapping.Result snap = Gestures.snapPoint(model, x, y, Set.of());
            p = new Point(x + snap.dx(), y + snap.dy());
            guides = snap.guides();
        }
        long attach = target == null ? 0 : target.id();
        moved = start
                ? connector.withEnds(p, connector.end()).withAttachments(attach, connector.endShape())
                : connector.withEnds(connector.start(), p).withAttachments(connector.startShape(), attach);
        model.setPreview(Preview.of(model.sketch().preview(List.of(moved)), guides, attach));
        return false;
    }

    @Override
    public void release(double x, double y, boolean shift) {
        drag(x, y, shift);
        model.setPreview(Preview.NONE);
        model.sketch().update(moved);
    }
}
