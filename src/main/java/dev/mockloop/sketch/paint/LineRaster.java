package dev.mockloop.sketch.paint;

/**
 * Strokes a {@link RasterPath} with round caps and joins:
 * <ul>
 *   <li>a line thinner than {@value #THIN_WIDTH} px is blended in column by column along
 *       each segment's longer axis, with the area of the strip in each pixel (its ends
 *       rounded to pixel centres, no caps: neither shows at that width);</li>
 *   <li>a wider line is a capsule per segment into a scratch coverage buffer, each pixel
 *       getting the width of the line across it at its centre's distance (a box filter), the
 *       most of any segment, so joins are not painted twice; then blended once.</li>
 * </ul>
 */
final class LineRaster {

    /** Lines narrower than this (buffer px) take the thin path. */
    static final double THIN_WIDTH = 1.2;

    private float[] scratch = new float[4096];

    /** Strokes the path in {@code rgb} ({@code 0xrrggbb}), {@code lineWidth} buffer px wide. */
    void stroke(RasterPixels out, RasterPath path, int rgb, double lineWidth) {
        if (lineWidth < THIN_WIDTH && thinStroke(out, path, rgb, lineWidth)) {
            return;
        }
        double half = lineWidth / 2;
        double reach = half + 0.5;
        double[] box = path.box(reach);
        int x0 = (int) Math.max(0, Math.floor(box[0]));
        int y0 = (int) Math.max(0, Math.floor(box[1]));
        int x1 = (int) Math.min(out.width, Math.ceil(box[2]));
        int y1 = (int) Math.min(out.height, Math.ceil(box[3]));
        if (x0 >= x1 || y0 >= y1) {
            return;
        }
        int bw = x1 - x0;
        int bh = y1 - y0;
        float[] cover = scratch(bw * bh);
        double[] p = path.points;
        for (int s = 0; s < path.subpaths; s++) {
            int from = path.starts[s];
            int to = path.end(s);
            if (to - from == 2) {
                continue;  // a lone moveTo draws nothing
            }
            for (int i = from; i + 2 < to; i += 2) {
                capsule(cover, bw, bh, half, p[i] - x0, p[i + 1] - y0, p[i + 2] - x0, p[i + 3] - y0);
            }
            if (path.closed[s]) {
                capsule(cover, bw, bh, half, p[to - 2] - x0, p[to - 1] - y0, p[from] - x0, p[from + 1] - y0);
            }
        }
        out.painted(x0, y0, x1, y1);
        for (int j = 0; j < bh; j++) {
            int row = j * bw;
            int at = (y0 + j) * out.width + x0;
            for (int i = 0; i < bw; i++) {
                float c = cover[row + i];
                if (c > 0.002f) {
                    out.blend(at + i, rgb, c);
                }
            }
        }
    }

    /**
     * Draws a thin line straight into the buffer, segment by segment; blending each piece
     * is within a hair of adding them up at this width, and saves a scratch buffer per line.
     *
     * @return false, drawing nothing, if a segment has no length (a dot), which the capsules draw
     */
    private static boolean thinStroke(RasterPixels out, RasterPath path, int rgb, double lineWidth) {
        double[] p = path.points;
        for (int s = 0; s < path.subpaths; s++) {
            for (int i = path.starts[s]; i + 2 < path.end(s); i += 2) {
                if (p[i] == p[i + 2] && p[i + 1] == p[i + 3]) {
                    return false;
                }
            }
        }
        double[] box = path.box(lineWidth + 1);
        out.painted((int) Math.max(0, Math.floor(box[0])), (int) Math.max(0, Math.floor(box[1])),
                (int) Math.min(out.width, Math.ceil(box[2])), (int) Math.min(out.height, Math.ceil(box[3])));
        for (int s = 0; s < path.subpaths; s++) {
            int from = path.starts[s];
            int to = path.end(s);
            for (int i = from; i + 2 < to; i += 2) {
                thinLine(out, rgb, lineWidth, p[i], p[i + 1], p[i + 2], p[i + 3]);
            }
            if (path.closed[s] && to - from > 2) {
                thinLine(out, rgb, lineWidth, p[to - 2], p[to - 1], p[from], p[from + 1]);
            }
        }
        return true;
    }

    /**
     * Blends in the area a line thinner than a pixel covers in each pixel, column by column
     * along its longer axis (the strip's thickness across that axis, at the column's
     * centre). Its ends are rounded to column centres and it has no caps: both are
     * invisible at this width.
     */
    private static void thinLine(RasterPixels out, int rgb, double lineWidth, double ax, double ay, double bx, double by) {
        boolean alongX = Math.abs(bx - ax) >= Math.abs(by - ay);
        // Work in (u, v): u along the longer axis, v across it.
        double u0 = alongX ? ax : ay;
        double v0 = alongX ? ay : ax;
        double u1 = alongX ? bx : by;
        double v1 = alongX ? by : bx;
        if (u0 > u1) {
            double t = u0;
            u0 = u1;
            u1 = t;
            t = v0;
            v0 = v1;
            v1 = t;
        }
        int uSize = alongX ? out.width : out.height;
        int vSize = alongX ? out.height : out.width;
        double slope = (v1 - v0) / (u1 - u0);
        double thick = lineWidth * Math.sqrt(1 + slope * slope) / 2;
        // The columns whose centres the segment spans, half open: the segments of a line share
        // out its columns, so a joint is neither painted twice nor left light.
        int from = (int) Math.max(0, Math.ceil(u0 - 0.5));
        int to = (int) Math.min(uSize, Math.ceil(u1 - 0.5));
        for (int u = from; u < to; u++) {
            double vc = v0 + (u + 0.5 - u0) * slope;
            double top = vc - thick;
            double bottom = vc + thick;
            int vFrom = (int) Math.max(0, Math.floor(top));
            int vTo = (int) Math.min(vSize - 1, Math.floor(bottom));
            for (int v = vFrom; v <= vTo; v++) {
                double overlap = Math.min(bottom, v + 1) - Math.max(top, v);
                if (overlap > 0) {
                    out.blend(alongX ? v * out.width + u : u * out.width + v, rgb, Math.min(1, overlap));
                }
            }
        }
    }

    /**
     * The most coverage of a round-capped line of half-width {@code half} from a to b into
     * each pixel: the width of the line across the pixel at the pixel centre's distance.
     */
    private static void capsule(float[] cover, int w, int h, double half, double ax, double ay, double bx, double by) {
        double reach = half + 0.5;
        double reachSq = reach * reach;
        double dx = bx - ax;
        double dy = by - ay;
        double lenSq = dx * dx + dy * dy;
        double len = Math.sqrt(lenSq);
        int jFrom = (int) Math.max(0, Math.floor(Math.min(ay, by) - reach));
        int jTo = (int) Math.min(h, Math.ceil(Math.max(ay, by) + reach));
        double boxLeft = Math.min(ax, bx) - reach;
        double boxRight = Math.max(ax, bx) + reach;
        for (int j = jFrom; j < jTo; j++) {
            double py = j + 0.5;
            double left = boxLeft;
            double right = boxRight;
            if (Math.abs(dy) > 1e-9) {
                // Within reach of the segment is within reach of its line: a band of this half-width in x.
                double xl = ax + (py - ay) * dx / dy;
                double band = reach * len / Math.abs(dy);
                left = Math.max(left, xl - band);
                right = Math.min(right, xl + band);
            }
            int iFrom = (int) Math.max(0, Math.floor(left - 0.5));
            int iTo = (int) Math.min(w, Math.ceil(right + 0.5));
            int row = j * w;
            for (int i = iFrom; i < iTo; i++) {
                double px = i + 0.5;
                double t = lenSq == 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / lenSq;
                t = t < 0 ? 0 : (t > 1 ? 1 : t);
                double ex = px - (ax + t * dx);
                double ey = py - (ay + t * dy);
                double distSq = ex * ex + ey * ey;
                if (distSq >= reachSq) {
                    continue;
                }
                double dist = Math.sqrt(distSq);
                double c = Math.min(dist + half, 0.5) - Math.max(dist - half, -0.5);
                if (c > cover[row + i]) {
                    cover[row + i] = (float) c;
                }
            }
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
