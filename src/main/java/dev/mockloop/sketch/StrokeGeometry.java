package dev.mockloop.sketch;

import java.util.List;

/** Hit testing and extents of strokes; pure functions over sketch coordinates (px). */
final class StrokeGeometry {

    private StrokeGeometry() {
    }

    /**
     * Whether the stroke's ink comes within {@code radius} of ({@code x}, {@code y}): the
     * distance to the polyline (every segment, not just its vertices) minus half the line
     * width, so touching the visible edge of a thick line counts.
     */
    static boolean touches(Stroke stroke, double x, double y, double radius) {
        double reach = radius + stroke.width() / 2;
        double reachSq = reach * reach;
        List<Point> pts = stroke.points();
        Point first = pts.get(0);
        if (pts.size() == 1) {
            return distanceSq(x, y, first.x(), first.y()) <= reachSq;
        }
        for (int i = 1; i < pts.size(); i++) {
            Point a = pts.get(i - 1);
            Point b = pts.get(i);
            if (segmentDistanceSq(x, y, a.x(), a.y(), b.x(), b.y()) <= reachSq) {
                return true;
            }
        }
        return false;
    }

    /** Squared distance from point p to the segment a-b (a degenerate segment is a point). */
    static double segmentDistanceSq(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lenSq = dx * dx + dy * dy;
        if (lenSq == 0) {
            return distanceSq(px, py, ax, ay);
        }
        // Project p onto the line, clamped to the segment.
        double t = ((px - ax) * dx + (py - ay) * dy) / lenSq;
        t = Math.max(0, Math.min(1, t));
        return distanceSq(px, py, ax + t * dx, ay + t * dy);
    }

    /** The box the stroke's ink covers: its vertices grown by half the line width. */
    static Bounds inkBounds(Stroke stroke) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Point p : stroke.points()) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        double half = stroke.width() / 2;
        return new Bounds(minX - half, minY - half, maxX + half, maxY + half);
    }

    private static double distanceSq(double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        return dx * dx + dy * dy;
    }
}
