package dev.mockloop.sketch.paint;

/**
 * Fills a {@link RasterPath} by signed-area accumulation (R. Levien's font-rs): each edge
 * adds the area it bounds to the cells of its rows, and a running sum along each row gives
 * every pixel the exact fraction the outline covers. Nonzero winding for outlines that do not
 * cover a point twice the same way round, which is all {@link ElementPainter} draws. Outlines
 * are closed; whatever lies outside the buffer is clipped.
 */
final class FillRaster {

    private float[] scratch = new float[4096];

    /** Fills the path in {@code rgb} ({@code 0xrrggbb}) at {@code alpha} (0..1). */
    void fill(RasterPixels out, RasterPath path, int rgb, double alpha) {
        double[] box = path.box(0);
        int x0 = (int) Math.max(0, Math.floor(box[0]));
        int y0 = (int) Math.max(0, Math.floor(box[1]));
        int x1 = (int) Math.min(out.width, Math.ceil(box[2]));
        int y1 = (int) Math.min(out.height, Math.ceil(box[3]));
        if (x0 >= x1 || y0 >= y1) {
            return;
        }
        int bw = x1 - x0 + 2;
        int bh = y1 - y0;
        float[] acc = scratch(bw * bh);
        double[] p = path.points;
        for (int s = 0; s < path.subpaths; s++) {
            int from = path.starts[s];
            int to = path.end(s);
            if (to - from < 4) {
                continue;
            }
            for (int i = from; i + 2 < to; i += 2) {
                clippedLine(acc, bw, bh, p[i] - x0, p[i + 1] - y0, p[i + 2] - x0, p[i + 3] - y0);
            }
            clippedLine(acc, bw, bh, p[to - 2] - x0, p[to - 1] - y0, p[from] - x0, p[from + 1] - y0);
        }
        out.painted(x0, y0, x1, y1);
        for (int j = 0; j < bh; j++) {
            float sum = 0;
            int row = j * bw;
            int at = (y0 + j) * out.width + x0;
            for (int i = 0; i < x1 - x0; i++) {
                sum += acc[row + i];
                float cover = Math.min(1f, Math.abs(sum));
                if (cover > 0.002f) {
                    out.blend(at + i, rgb, cover * alpha);
                }
            }
        }
    }

    /** Accumulates one edge, clipped to the columns 0..w-2 (w includes a spare column). */
    private static void clippedLine(float[] acc, int w, int h, double x0, double y0, double x1, double y1) {
        double right = w - 2;
        if (x0 <= 0 && x1 <= 0) {
            line(acc, w, h, 0, y0, 0, y1);
            return;
        }
        if (x0 >= right && x1 >= right) {
            return;
        }
        if ((x0 < 0) != (x1 < 0)) {
            double ym = y0 + (0 - x0) * (y1 - y0) / (x1 - x0);
            clippedLine(acc, w, h, x0, y0, 0, ym);
            clippedLine(acc, w, h, 0, ym, x1, y1);
            return;
        }
        if ((x0 > right) != (x1 > right)) {
            double ym = y0 + (right - x0) * (y1 - y0) / (x1 - x0);
            clippedLine(acc, w, h, x0, y0, right, ym);
            clippedLine(acc, w, h, right, ym, x1, y1);
            return;
        }
        line(acc, w, h, x0, y0, x1, y1);
    }

    /**
     * Adds one edge's signed area to the accumulation rows (font-rs's algorithm): a prefix
     * sum along each row then gives every pixel's coverage.
     */
    private static void line(float[] acc, int w, int h, double ax, double ay, double bx, double by) {
        if (ay == by) {
            return;
        }
        double dir;
        double x0;
        double y0;
        double x1;
        double y1;
        if (ay < by) {
            dir = 1;
            x0 = ax;
            y0 = ay;
            x1 = bx;
            y1 = by;
        } else {
            dir = -1;
            x0 = bx;
            y0 = by;
            x1 = ax;
            y1 = ay;
        }
        if (y1 <= 0 || y0 >= h) {
            return;
        }
        double dxdy = (x1 - x0) / (y1 - y0);
        double x = x0;
        if (y0 < 0) {
            x -= y0 * dxdy;
            y0 = 0;
        }
        y1 = Math.min(y1, h);
        for (int y = (int) y0; y < y1; y++) {
            int row = y * w;
            double dy = Math.min(y + 1, y1) - Math.max(y, y0);
            double xnext = x + dxdy * dy;
            double d = dy * dir;
            double left = Math.max(0, Math.min(x, xnext));
            double right = Math.max(0, Math.max(x, xnext));
            double leftFloor = Math.floor(left);
            int li = (int) leftFloor;
            int ri = (int) Math.ceil(right);
            if (ri <= li + 1) {
                double xmf = 0.5 * (x + xnext) - leftFloor;
                acc[row + li] += (float) (d - d * xmf);
                acc[row + li + 1] += (float) (d * xmf);
            } else {
                double s = 1 / (right - left);
                double lf = left - leftFloor;
                double a0 = 0.5 * s * (1 - lf) * (1 - lf);
                double rf = right - ri + 1;
                double am = 0.5 * s * rf * rf;
                acc[row + li] += (float) (d * a0);
                if (ri == li + 2) {
                    acc[row + li + 1] += (float) (d * (1 - a0 - am));
                } else {
                    double a1 = s * (1.5 - lf);
                    acc[row + li + 1] += (float) (d * (a1 - a0));
                    for (int xi = li + 2; xi < ri - 1; xi++) {
                        acc[row + xi] += (float) (d * s);
                    }
                    double a2 = a1 + (ri - li - 3) * s;
                    acc[row + ri - 1] += (float) (d * (1 - a2 - am));
                }
                acc[row + ri] += (float) (d * am);
            }
            x = xnext;
        }
    }

    private float[] scratch(int size) {
        if (scratch.length < size) {
            scratch = new float[Math.max(size, scratch.length * 2)];
        } else {
            java.util.Arrays.fill(scratch, 0, size, 0f);
        }
        return scratch;
    }
}
