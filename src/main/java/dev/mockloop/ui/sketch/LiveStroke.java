package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Point;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A stroke being drawn: the points collected so far, not yet in the sketch. Points closer
 * than {@link #MIN_STEP_PX} to the previous one are dropped, which keeps saved sketches
 * small without visible loss.
 */
public final class LiveStroke {

    /** The smallest distance between kept points, px. */
    public static final double MIN_STEP_PX = 1.0;

    private final String color;
    private final double width;
    private final List<Point> points = new ArrayList<>();

    /**
     * @param color ink colour, {@code #rrggbb}
     * @param width line width, px
     * @param start where the pen went down, px
     */
    public LiveStroke(String color, double width, Point start) {
        this.color = color;
        this.width = width;
        this.points.add(start);
    }

    /**
     * Adds a point unless it is within {@link #MIN_STEP_PX} of the last one.
     *
     * @return whether it was added (so one more segment needs drawing)
     */
    public boolean add(Point p) {
        Point last = last();
        double dx = p.x() - last.x();
        double dy = p.y() - last.y();
        if (dx * dx + dy * dy < MIN_STEP_PX * MIN_STEP_PX) {
            return false;
        }
        points.add(p);
        return true;
    }

    /** @return the last point kept */
    public Point last() {
        return points.get(points.size() - 1);
    }

    /** @return the points so far, first to last; a read-only view that grows as points are added */
    public List<Point> points() {
        return Collections.unmodifiableList(points);
    }

    /** @return the ink colour, {@code #rrggbb} */
    public String color() {
        return color;
    }

    /** @return the line width, px */
    public double width() {
        return width;
    }
}
