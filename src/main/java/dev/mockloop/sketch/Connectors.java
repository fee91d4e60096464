package dev.mockloop.sketch;

import java.util.function.LongFunction;

/**
 * Keeps attached connector ends on their shapes: each attached end sits where the line
 * from the other end (or the other shape's centre) to its shape's centre meets the
 * outline, {@link #GAP_PX} px outside it, so arrows point at boxes neatly from any side.
 */
public final class Connectors {

    /** Space between an attached end and the outline, px. */
    public static final double GAP_PX = 4;

    private Connectors() {
    }

    /**
     * @param shapes finds a shape by id, null when there is none (the end then stays where it is)
     * @return the connector with its attached ends recomputed; the same object when nothing moved
     */
    public static Connector route(Connector c, LongFunction<Shape> shapes) {
        Shape from = c.startShape() == 0 ? null : shapes.apply(c.startShape());
        Shape to = c.endShape() == 0 ? null : shapes.apply(c.endShape());
        if (from == null && to == null) {
            return c;
        }
        Point startAim = from == null ? c.start() : center(from);
        Point endAim = to == null ? c.end() : center(to);
        Point start = from == null ? c.start() : ElementGeometry.outlinePoint(from, endAim, GAP_PX);
        Point end = to == null ? c.end() : ElementGeometry.outlinePoint(to, startAim, GAP_PX);
        if (start.equals(c.start()) && end.equals(c.end())) {
            return c;
        }
        return c.withEnds(start, end);
    }

    private static Point center(Shape shape) {
        return new Point(shape.box().centerX(), shape.box().centerY());
    }
}
