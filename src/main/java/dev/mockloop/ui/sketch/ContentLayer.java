package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.Sketch;
import dev.mockloop.sketch.paint.ElementPainter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/**
 * The committed elements, painted once and kept: a canvas keeps its pixels, so a new
 * element costs only its own painting (drawn on top), and any other change repaints only
 * the screen region it touched, with just the elements that overlap it. A full repaint
 * happens only when the view pans, zooms or resizes, and then skips elements outside the
 * view. Elements a gesture is previewing elsewhere are left out ({@link #setHidden}).
 */
final class ContentLayer extends Canvas {

    /** Extra screen px repainted around a region, for antialiased edges. */
    private static final double MARGIN_PX = 2;

    private final Sketch sketch;
    private final Viewport viewport;
    private Set<Long> hidden = Set.of();

    ContentLayer(Sketch sketch, Viewport viewport) {
        this.sketch = sketch;
        this.viewport = viewport;
    }

    /** Repaints every visible element. */
    void redrawAll() {
        GraphicsContext g = getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, getWidth(), getHeight());
        paint(g, viewport.visible(getWidth(), getHeight()));
    }

    /** Paints elements put on top of everything, over what is there. */
    void drawAppended(List<Element> elements) {
        GraphicsContext g = getGraphicsContext2D();
        Bounds visible = viewport.visible(getWidth(), getHeight());
        applyView(g);
        CanvasSurface surface = new CanvasSurface(g);
        for (Element e : elements) {
            if (!hidden.contains(e.id()) && e.bounds().intersects(visible)) {
                ElementPainter.paint(surface, e);
            }
        }
    }

    /** Repaints the part of the board showing this sketch region (px), with every element overlapping it. */
    void redrawRegion(Bounds region) {
        double x0 = Math.floor(viewport.toScreenX(region.minX()) - MARGIN_PX);
        double y0 = Math.floor(viewport.toScreenY(region.minY()) - MARGIN_PX);
        double x1 = Math.ceil(viewport.toScreenX(region.maxX()) + MARGIN_PX);
        double y1 = Math.ceil(viewport.toScreenY(region.maxY()) + MARGIN_PX);
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(getWidth(), x1);
        y1 = Math.min(getHeight(), y1);
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        GraphicsContext g = getGraphicsContext2D();
        g.save();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(x0, y0, x1 - x0, y1 - y0);
        g.beginPath();
        g.rect(x0, y0, x1 - x0, y1 - y0);
        g.clip();
        paint(g, new Bounds(viewport.toSketchX(x0), viewport.toSketchY(y0), viewport.toSketchX(x1),
                viewport.toSketchY(y1)));
        g.restore();
    }

    /** Leaves these elements out (a gesture shows them elsewhere), repainting where they were or are. */
    void setHidden(Set<Long> ids) {
        if (ids.equals(hidden)) {
            return;
        }
        Set<Long> changed = new HashSet<>(ids);
        changed.addAll(hidden);
        changed.removeIf(id -> ids.contains(id) && hidden.contains(id));
        hidden = Set.copyOf(ids);
        Bounds region = null;
        for (long id : changed) {
            Element e = sketch.find(id).orElse(null);
            if (e != null) {
                region = Bounds.union(region, e.bounds());
            }
        }
        if (region != null) {
            redrawRegion(region);
        }
    }

    private void paint(GraphicsContext g, Bounds region) {
        applyView(g);
        CanvasSurface surface = new CanvasSurface(g);
        for (Element e : sketch.elements()) {
            if (!hidden.contains(e.id()) && e.bounds().intersects(region)) {
                ElementPainter.paint(surface, e);
            }
        }
    }

    private void applyView(GraphicsContext g) {
        double s = viewport.scale();
        g.setTransform(s, 0, 0, s, viewport.offsetX(), viewport.offsetY());
    }
}
