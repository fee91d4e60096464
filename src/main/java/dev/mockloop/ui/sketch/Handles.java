package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Connector;
import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.Point;
import dev.mockloop.sketch.Shape;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grips of a single selected element: eight resize handles on a shape's box, or the two
 * ends of a connector. Several selected elements, or a stroke, have none.
 */
final class Handles {

    /** Handle size on screen, px. */
    static final double SIZE_PX = 8;

    /** Which grip. Compass points resize a shape; START and END move a connector's ends. */
    enum Handle {
        NW, N, NE, E, SE, S, SW, W, START, END;

        boolean movesLeft() {
            return this == NW || this == W || this == SW;
        }

        boolean movesRight() {
            return this == NE || this == E || this == SE;
        }

        boolean movesTop() {
            return this == NW || this == N || this == NE;
        }

        boolean movesBottom() {
            return this == SW || this == S || this == SE;
        }
    }

    private Handles() {
    }

    /** @return where the handles of the selection are, sketch px; empty when it has none */
    static Map<Handle, Point> of(List<Element> selected) {
        Map<Handle, Point> out = new LinkedHashMap<>();
        if (selected.size() != 1) {
            return out;
        }
        Element e = selected.get(0);
        if (e instanceof Connector c) {
            out.put(Handle.START, c.start());
            out.put(Handle.END, c.end());
        } else if (e instanceof Shape s) {
            Bounds b = s.box();
            out.put(Handle.NW, new Point(b.minX(), b.minY()));
            out.put(Handle.N, new Point(b.centerX(), b.minY()));
            out.put(Handle.NE, new Point(b.maxX(), b.minY()));
            out.put(Handle.E, new Point(b.maxX(), b.centerY()));
            out.put(Handle.SE, new Point(b.maxX(), b.maxY()));
            out.put(Handle.S, new Point(b.centerX(), b.maxY()));
            out.put(Handle.SW, new Point(b.minX(), b.maxY()));
            out.put(Handle.W, new Point(b.minX(), b.centerY()));
        }
        return out;
    }

    /** @return the handle of the current selection under (x, y), sketch px, or null */
    static Handle at(SketchPadModel model, double x, double y) {
        double reach = model.screenToSketch(SIZE_PX / 2 + 2);
        for (Map.Entry<Handle, Point> h : of(model.selectedElements()).entrySet()) {
            Point p = h.getValue();
            if (Math.abs(p.x() - x) <= reach && Math.abs(p.y() - y) <= reach) {
                return h.getKey();
            }
        }
        return null;
    }
}
