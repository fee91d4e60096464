package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Connector;
import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.Point;
import dev.mockloop.sketch.Snapping;
import dev.mockloop.sketch.paint.ElementPainter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * What is not committed yet, over the committed layer: the live stroke (one segment per
 * pointer move), a gesture's preview, the rubber band, snap guides, the shape an arrow
 * would attach to, and the selection's outlines and handles. Cheap to repaint whole: it
 * holds only what a gesture touches.
 */
final class OverlayLayer extends Canvas {

    static final Color ACCENT = Color.web("#2563eb");
    private static final Color BAND_FILL = Color.web("#2563eb", 0.08);
    private static final Color GUIDE = Color.web("#db2777");

    private final Viewport viewport;
    private BoardLook look = BoardLook.LIGHT;

    OverlayLayer(Viewport viewport) {
        this.viewport = viewport;
        setMouseTransparent(true);
    }

    /** Paints previews in this look's colours from the next redraw on. */
    void setLook(BoardLook now) {
        look = now;
    }

    /** Repaints everything the overlay shows. */
    void redraw(SketchPadModel model) {
        GraphicsContext g = getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, getWidth(), getHeight());
        Preview preview = model.previewProperty().get();
        applyView(g);
        CanvasSurface surface = new CanvasSurface(g, look);
        for (Element e : preview.elements()) {
            ElementPainter.paint(surface, e);
        }
        LiveStroke live = model.liveStroke();
        if (live != null) {
            ElementPainter.paintStroke(surface, live.color(), live.width(), live.points());
        }
        g.setTransform(1, 0, 0, 1, 0, 0);
        if (preview.attachTarget() != 0) {
            model.sketch().find(preview.attachTarget()).ifPresent(t -> outline(g, t.frame(), 6, false));
        }
        selection(g, model, preview);
        for (Snapping.Guide guide : preview.guides()) {
            guide(g, guide);
        }
        if (preview.band() != null) {
            Bounds b = screen(preview.band());
            g.setFill(BAND_FILL);
            g.fillRect(b.minX(), b.minY(), b.width(), b.height());
            g.setStroke(ACCENT);
            g.setLineWidth(1);
            g.strokeRect(b.minX() + 0.5, b.minY() + 0.5, b.width(), b.height());
        }
    }

    /**
     * Paints only the newest piece of the live stroke, matching how the committed stroke
     * is smoothed (a curve through the midpoints), so a pointer move costs one short curve.
     */
    void appendSegment(LiveStroke live) {
        List<Point> pts = live.points();
        int n = pts.size();
        if (n < 2) {
            return;
        }
        GraphicsContext g = getGraphicsContext2D();
        applyView(g);
        CanvasSurface surface = new CanvasSurface(g, look);
        surface.beginPath();
        Point b = pts.get(n - 2);
        Point c = pts.get(n - 1);
        if (n == 2) {
            surface.moveTo(b.x(), b.y());
            surface.lineTo((b.x() + c.x()) / 2, (b.y() + c.y()) / 2);
        } else {
            Point a = pts.get(n - 3);
            surface.moveTo((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
            surface.quadTo(b.x(), b.y(), (b.x() + c.x()) / 2, (b.y() + c.y()) / 2);
        }
        surface.drawPath(null, live.color(), live.width());
    }

    private void selection(GraphicsContext g, SketchPadModel model, Preview preview) {
        List<Element> selected = model.selectedElements();
        if (selected.isEmpty()) {
            return;
        }
        Map<Long, Element> shown = new HashMap<>();
        for (Element e : preview.elements()) {
            shown.put(e.id(), e);
        }
        List<Element> current = selected.stream().map(e -> shown.getOrDefault(e.id(), e)).toList();
        Bounds all = null;
        for (Element e : current) {
            all = Bounds.union(all, e.frame());
            if (!(e instanceof Connector) && current.size() > 1) {
                outline(g, e.frame(), 3, true);
            }
        }
        if (current.size() > 1 || !(current.get(0) instanceof Connector)) {
            outline(g, all, 4, current.size() > 1);
        }
        if (model.gestureActive() && !preview.elements().isEmpty()) {
            return;
        }
        for (Point p : Handles.of(current).values()) {
            double x = Math.round(viewport.toScreenX(p.x())) + 0.5;
            double y = Math.round(viewport.toScreenY(p.y())) + 0.5;
            double half = Handles.SIZE_PX / 2;
            g.setFill(Color.WHITE);
            g.fillRect(x - half, y - half, Handles.SIZE_PX, Handles.SIZE_PX);
            g.setStroke(ACCENT);
            g.setLineWidth(1.25);
            g.strokeRect(x - half, y - half, Handles.SIZE_PX, Handles.SIZE_PX);
        }
    }

    private void outline(GraphicsContext g, Bounds sketchBox, double growPx, boolean dashed) {
        Bounds b = screen(sketchBox).grow(growPx);
        g.setStroke(ACCENT);
        g.setLineWidth(dashed ? 1 : 1.5);
        g.setLineDashes(dashed ? new double[] {4, 3} : null);
        g.strokeRoundRect(Math.round(b.minX()) + 0.5, Math.round(b.minY()) + 0.5, Math.round(b.width()),
                Math.round(b.height()), 6, 6);
        g.setLineDashes(null);
    }

    private void guide(GraphicsContext g, Snapping.Guide guide) {
        g.setStroke(GUIDE);
        g.setLineWidth(1);
        if (guide.vertical()) {
            double x = Math.round(viewport.toScreenX(guide.at())) + 0.5;
            g.strokeLine(x, viewport.toScreenY(guide.from()) - 8, x, viewport.toScreenY(guide.to()) + 8);
        } else {
            double y = Math.round(viewport.toScreenY(guide.at())) + 0.5;
            g.strokeLine(viewport.toScreenX(guide.from()) - 8, y, viewport.toScreenX(guide.to()) + 8, y);
        }
    }

    private Bounds screen(Bounds b) {
        return new Bounds(viewport.toScreenX(b.minX()), viewport.toScreenY(b.minY()), viewport.toScreenX(b.maxX()),
                viewport.toScreenY(b.maxY()));
    }

    private void applyView(GraphicsContext g) {
        double s = viewport.scale();
        g.setTransform(s, 0, 0, s, viewport.offsetX(), viewport.offsetY());
    }
}
