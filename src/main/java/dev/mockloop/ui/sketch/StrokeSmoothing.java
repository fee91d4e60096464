package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Point;
import java.util.ArrayList;
import java.util.List;

/**
 * Tidies a freehand line when it is committed: points that lie within
 * {@link #TOLERANCE_PX} of the line through their neighbours are dropped
 * (Ramer–Douglas–Peucker), which removes mouse jitter and keeps files small; the painter
 * then draws the rest as smooth curves.
 */
final class StrokeSmoothing {

    /** How far a dropped point may lie from the simplified line, px. */
    static final double TOLERANCE_PX = 0.35;

    private StrokeSmoothing() {
    }

    static List<Point> simplify(List<Point> points) {
        if (points.size() < 3) {
            return points;
        }
        boolean[] keep = new boolean[points.size()];
        keep[0] = true;
        keep[points.size() - 1] = true;
        // An explicit stack, not recursion: a long stroke has thousands of points.
        List<int[]> stack = new ArrayList<>();
        stack.add(new int[] {0, points.size() - 1});
        while (!stack.isEmpty()) {
            int[] span = stack.remove(stack.size() - 1);
            int worst = -1;
            double worstDist = TOLERANCE_PX;
            Point a = points.get(span[0]);
            Point b = points.get(span[1]);
            for (int i = span[0] + 1; i < span[1]; i++) {
                double d = distance(points.get(i), a, b);
                if (d > worstDist) {
                    worstDist = d;
                    worst = i;
                }
            }
            if (worst >= 0) {
                keep[worst] = true;
                stack.add(new int[] {span[0], worst});
                stack.add(new int[] {worst, span[1]});
            }
        }
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                out.add(points.get(i));
            }
        }
        return out;
    }

    private static double distance(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len = Math.hypot(dx, dy);
        if (len == 0) {
            return Math.hypot(p.x() - a.x(), p.y() - a.y());
        }
        return Math.abs(dy * p.x() - dx * p.y() + b.x() * a.y() - b.y() * a.x()) / len;
    }
}
