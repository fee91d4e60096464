package dev.mockloop.sketch.paint;

import java.util.Arrays;

/**
 * The path a {@link RasterSurface} is building, flattened as it comes, in buffer px: x, y
 * pairs in {@link #points}, sub-path {@code s} starting at {@code starts[s]}. Curves become
 * chords within {@value #FLATNESS} px of them; vertices closer than {@value #MIN_STEP} px to
 * the one before the last are merged into the last, so a zoomed-out freehand line keeps its
 * shape with a third of its points.
 */
final class RasterPath {

    /** Flattening tolerance, buffer px. */
    static final double FLATNESS = 0.2;
    /** Closest two vertices of a sub-path are kept, buffer px. */
    static final double MIN_STEP = 1.5;

    double[] points = new double[256];
    int count;
    int[] starts = new int[16];
    boolean[] closed = new boolean[16];
    int subpaths;
    private boolean open;
    private double startX;
    private double startY;

    void reset() {
        count = 0;
        subpaths = 0;
        open = false;
    }

    /** @return the end (exclusive) in {@link #points} of sub-path {@code s} */
    int end(int s) {
        return s + 1 < subpaths ? starts[s + 1] : count;
    }

    void moveTo(double x, double y) {
        startSubpath(x, y);
    }

    void lineTo(double x, double y) {
        if (subpaths == 0) {
            moveTo(x, y);
            return;
        }
        ensureOpen();
        add(x, y);
    }

    void quadTo(double x1, double y1, double x2, double y2) {
        if (subpaths == 0) {
            moveTo(x1, y1);
        }
        ensureOpen();
        double x0 = points[count - 2];
        double y0 = points[count - 1];
        // The chord's largest distance from the curve is |p0 - 2c + p2| / 4; split into n, it is / n².
        double ex = x0 - 2 * x1 + x2;
        double ey = y0 - 2 * y1 + y2;
        if (ex * ex + ey * ey <= 16 * FLATNESS * FLATNESS) {
            // Flat enough as one chord: most of a zoomed-out freehand line, spared two square roots a vertex.
            add(x2, y2);
            return;
        }
        int n = segments(length(ex, ey) / 4);
        for (int i = 1; i <= n; i++) {
            double t = (double) i / n;
            double u = 1 - t;
            add(u * u * x0 + 2 * u * t * x1 + t * t * x2, u * u * y0 + 2 * u * t * y1 + t * t * y2);
        }
    }

    void curveTo(double x1, double y1, double x2, double y2, double x3, double y3) {
        if (subpaths == 0) {
            moveTo(x1, y1);
        }
        ensureOpen();
        double x0 = points[count - 2];
        double y0 = points[count - 1];
        // A bound on the chord error of a cubic: 3/4 of its largest second difference, / n².
        int n = segments(0.75 * Math.max(length(x0 - 2 * x1 + x2, y0 - 2 * y1 + y2),
                length(x1 - 2 * x2 + x3, y1 - 2 * y2 + y3)));
        for (int i = 1; i <= n; i++) {
            double t = (double) i / n;
            double u = 1 - t;
            double a = u * u * u;
            double b = 3 * u * u * t;
            double c = 3 * u * t * t;
            double d = t * t * t;
            add(a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3);
        }
    }

    void closePath() {
        if (open) {
            closed[subpaths - 1] = true;
            open = false;
        }
    }

    /** @return the path's box, grown by {@code grow}: minX, minY, maxX + 1, maxY + 1 */
    double[] box(double grow) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i += 2) {
            minX = Math.min(minX, points[i]);
            maxX = Math.max(maxX, points[i]);
            minY = Math.min(minY, points[i + 1]);
            maxY = Math.max(maxY, points[i + 1]);
        }
        return new double[] {minX - grow, minY - grow, maxX + grow + 1, maxY + grow + 1};
    }

    private void startSubpath(double x, double y) {
        if (subpaths == starts.length) {
            starts = Arrays.copyOf(starts, subpaths * 2);
            closed = Arrays.copyOf(closed, subpaths * 2);
        }
        starts[subpaths] = count;
        closed[subpaths] = false;
        subpaths++;
        open = true;
        startX = x;
        startY = y;
        add(x, y);
    }

    /** A line or curve after closePath starts where the closed sub-path did, as on a canvas. */
    private void ensureOpen() {
        if (!open) {
            startSubpath(startX, startY);
        }
    }

    private void add(double x, double y) {
        int first = starts[subpaths - 1];
        if (count - first >= 4) {
            double dx = x - points[count - 4];
            double dy = y - points[count - 3];
            if (dx * dx + dy * dy < MIN_STEP * MIN_STEP) {
                points[count - 2] = x;
                points[count - 1] = y;
                return;
            }
        }
        if (count + 2 > points.length) {
            points = Arrays.copyOf(points, points.length * 2);
        }
        points[count++] = x;
        points[count++] = y;
    }

    private static double length(double dx, double dy) {
        return Math.sqrt(dx * dx + dy * dy);
    }

    private static int segments(double error) {
        return (int) Math.max(1, Math.min(64, Math.ceil(Math.sqrt(error / FLATNESS))));
    }
}
