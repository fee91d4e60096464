package dev.mockloop.sketch.paint;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Paints straight into a pixel buffer (premultiplied ARGB, one int a pixel, row by row):
 * the board's zoomed-out tiles, where thousands of elements are in view. A JavaFX canvas
 * call costs a few µs before it draws a pixel, so 20,000 elements painted one call each take
 * over 100 ms; here an element costs about its own pixels (measured in BENCHMARKS.md,
 * {@code sketch.rerender_20000}).
 *
 * <ul>
 *   <li>Fills: signed-area accumulation (the exact area of each pixel the outline covers,
 *       as in R. Levien's font-rs), nonzero winding for outlines that do not cover a
 *       point twice the same way round, which is all {@link ElementPainter} draws.</li>
 *   <li>Lines: a round-capped capsule per segment; a pixel gets the coverage of the line's
 *       width across it (a box filter at its distance from the line), the most of any
 *       segment, so joins are not painted twice.</li>
 *   <li>Curves are flattened to within 0.2 px.</li>
 *   <li>Labels smaller than {@value #GREEK_PX} px on screen are unreadable at any quality
 *       and become a light bar of the text's length ("greeking"); a larger label is drawn
 *       the same way but marks the buffer {@link #legibleText()}, so the caller can paint
 *       that area with real text instead.</li>
 * </ul>
 * Sketch px map to buffer px by {@link #setTransform}; everything outside the buffer is
 * clipped. Not thread-safe; reuse one surface for many tiles.
 */
public final class RasterSurface implements Surface {

    /** Labels whose font is under this many screen px are drawn as bars. */
    public static final double GREEK_PX = 6;
    /** Opacity of a greeked label's bar, of the text colour. */
    static final double GREEK_ALPHA = 0.35;
    /** Flattening tolerance, buffer px. */
    private static final double FLATNESS = 0.2;
    /**
     * Vertices closer than this (buffer px) to the one before the last are merged into the
     * last: a zoomed-out freehand line keeps its shape with a third of its points.
     */
    private static final double MIN_STEP = 1.5;
    /** Lines narrower than twice this (buffer px) are drawn by {@code thinLine}, wider ones as capsules. */
    private static final double THIN_HALF_WIDTH = 0.6;

    private final int width;
    private final int height;
    private final int[] pixels;
    private final Map<String, Integer> colors = new HashMap<>();
    private String lastHex;
    private int lastRgb;
    private double scale = 1;
    private double tx;
    private double ty;

    /** The current path, flattened, in buffer px: x, y pairs; sub-paths start at {@link #starts}. */
    private double[] points = new double[256];
    private int count;
    private int[] starts = new int[16];
    private boolean[] closed = new boolean[16];
    private int subpaths;
    private boolean open;
    private double startX;
    private double startY;
    private float[] scratch = new float[4096];
    private boolean legibleText;
    private int paintedMinX;
    private int paintedMinY;
    private int paintedMaxX;
    private int paintedMaxY;

    /**
     * @param width  buffer px, at least 1
     * @param height buffer px, at least 1
     * @throws IllegalArgumentException if a side is below 1
     */
    public RasterSurface(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a raster needs at least 1 x 1 px, got " + width + " x " + height);
        }
        this.width = width;
        this.height = height;
        this.pixels = new int[width * height];
        forgetPainted();
    }

    /** @return the buffer, premultiplied ARGB, {@link #width()} ints a row; painted in place */
    public int[] pixels() {
        return pixels;
    }

    /** @return buffer px */
    public int width() {
        return width;
    }

    /** @return buffer px */
    public int height() {
        return height;
    }

    /** Clears the buffer to transparent and forgets {@link #legibleText()}. */
    public void clear() {
        if (paintedMaxX > paintedMinX) {
            for (int y = paintedMinY; y < paintedMaxY; y++) {
                Arrays.fill(pixels, y * width + paintedMinX, y * width + paintedMaxX, 0);
            }
        }
        legibleText = false;
        forgetPainted();
    }

    /**
     * @return the part of the buffer painted since {@link #clear()}, buffer px: x0, y0, x1, y1
     *         (exclusive), or null when nothing was painted
     */
    public int[] paintedBox() {
        return paintedMaxX > paintedMinX ? new int[] {paintedMinX, paintedMinY, paintedMaxX, paintedMaxY} : null;
    }

    private void forgetPainted() {
        paintedMinX = width;
        paintedMinY = height;
        paintedMaxX = 0;
        paintedMaxY = 0;
    }

    private void painted(int x0, int y0, int x1, int y1) {
        paintedMinX = Math.min(paintedMinX, x0);
        paintedMinY = Math.min(paintedMinY, y0);
        paintedMaxX = Math.max(paintedMaxX, x1);
        paintedMaxY = Math.max(paintedMaxY, y1);
    }

    /**
     * Sets where sketch px land: buffer x = sketch x * scale + tx, likewise for y.
     *
     * @param scale buffer px per sketch px, above 0
     */
    public void setTransform(double scale, double tx, double ty) {
        this.scale = scale;
        this.tx = tx;
        this.ty = ty;
    }

    /** @return whether a label was drawn since {@link #clear()} that is readable at this scale */
    public boolean legibleText() {
        return legibleText;
    }

    /** @return whether a label of this font size (px) is readable at {@code screenScale} screen px per sketch px */
    public static boolean readable(double fontSize, double screenScale) {
        return fontSize * screenScale >= GREEK_PX;
    }

    // ----- the path

    @Override
    public void beginPath() {
        count = 0;
        subpaths = 0;
        open = false;
    }

    @Override
    public void moveTo(double x, double y) {
        startSubpath(x * scale + tx, y * scale + ty);
    }

    @Override
    public void lineTo(double x, double y) {
        if (subpaths == 0) {
            moveTo(x, y);
            return;
        }
        ensureOpen();
        add(x * scale + tx, y * scale + ty);
    }

    @Override
    public void quadTo(double cx, double cy, double x, double y) {
        if (subpaths == 0) {
            moveTo(cx, cy);
        }
        ensureOpen();
        double x0 = points[count - 2];
        double y0 = points[count - 1];
        double x1 = cx * scale + tx;
        double y1 = cy * scale + ty;
        double x2 = x * scale + tx;
        double y2 = y * scale + ty;
        // The chord's largest distance from the curve is |p0 - 2c + p2| / 4; split into n, it is / n².
        double dd = length(x0 - 2 * x1 + x2, y0 - 2 * y1 + y2);
        int n = segments(dd / 4);
        for (int i = 1; i <= n; i++) {
            double t = (double) i / n;
            double u = 1 - t;
            add(u * u * x0 + 2 * u * t * x1 + t * t * x2, u * u * y0 + 2 * u * t * y1 + t * t * y2);
        }
    }

    @Override
    public void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        if (subpaths == 0) {
            moveTo(c1x, c1y);
        }
        ensureOpen();
        double x0 = points[count - 2];
        double y0 = points[count - 1];
        double x1 = c1x * scale + tx;
        double y1 = c1y * scale + ty;
        double x2 = c2x * scale + tx;
        double y2 = c2y * scale + ty;
        double x3 = x * scale + tx;
        double y3 = y * scale + ty;
        // A bound on the chord error of a cubic: 3/4 of its largest second difference, / n².
        double dd = Math.max(length(x0 - 2 * x1 + x2, y0 - 2 * y1 + y2), length(x1 - 2 * x2 + x3, y1 - 2 * y2 + y3));
        int n = segments(dd * 0.75);
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

    @Override
    public void closePath() {
        if (open) {
            closed[subpaths - 1] = true;
            open = false;
        }
    }

    @Override
    public void drawPath(String fill, String stroke, double width) {
        if (count < 2) {
            return;
        }
        if (fill != null) {
            fill(color(fill), 1);
        }
        if (stroke != null) {
            stroke(color(stroke), width * scale / 2);
        }
    }

    @Override
    public void text(String text, double x, double y, double fontSize, boolean centred, String color) {
        if (text.isBlank()) {
            return;
        }
        if (readable(fontSize, scale)) {
            legibleText = true;
        }
        double w = text.length() * fontSize * 0.5;
        double h = fontSize * 0.5;
        double left = centred ? x - w / 2 : x;
        beginPath();
        moveTo(left, y - h / 2);
        lineTo(left + w, y - h / 2);
        lineTo(left + w, y + h / 2);
        lineTo(left, y + h / 2);
        closePath();
        fill(color(color), GREEK_ALPHA);
        beginPath();
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

    // ----- fill

    private void fill(int rgb, double alpha) {
        double[] box = pathBox(0);
        int x0 = (int) Math.max(0, Math.floor(box[0]));
        int y0 = (int) Math.max(0, Math.floor(box[1]));
        int x1 = (int) Math.min(width, Math.ceil(box[2]));
        int y1 = (int) Math.min(height, Math.ceil(box[3]));
        if (x0 >= x1 || y0 >= y1) {
            return;
        }
        int bw = x1 - x0 + 2;
        int bh = y1 - y0;
        float[] acc = scratch(bw * bh);
        for (int s = 0; s < subpaths; s++) {
            int from = starts[s];
            int to = s + 1 < subpaths ? starts[s + 1] : count;
            if (to - from < 4) {
                continue;
            }
            for (int i = from; i + 2 < to; i += 2) {
                clippedLine(acc, bw, bh, points[i] - x0, points[i + 1] - y0, points[i + 2] - x0, points[i + 3] - y0);
            }
            // A fill always closes its outlines.
            clippedLine(acc, bw, bh, points[to - 2] - x0, points[to - 1] - y0, points[from] - x0, points[from + 1] - y0);
        }
        painted(x0, y0, x1, y1);
        for (int j = 0; j < bh; j++) {
            float sum = 0;
            int row = j * bw;
            int out = (y0 + j) * width + x0;
            for (int i = 0; i < x1 - x0; i++) {
                sum += acc[row + i];
                float cover = Math.min(1f, Math.abs(sum));
                if (cover > 0.002f) {
                    blend(out + i, rgb, cover * alpha);
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

    // ----- stroke

    /** @param half half the line width, buffer px */
    private void stroke(int rgb, double half) {
        if (half < THIN_HALF_WIDTH && thinStroke(rgb, half * 2)) {
            return;
        }
        double reach = half + 0.5;
        double[] box = pathBox(reach);
        int x0 = (int) Math.max(0, Math.floor(box[0]));
        int y0 = (int) Math.max(0, Math.floor(box[1]));
        int x1 = (int) Math.min(width, Math.ceil(box[2]));
        int y1 = (int) Math.min(height, Math.ceil(box[3]));
        if (x0 >= x1 || y0 >= y1) {
            return;
        }
        int bw = x1 - x0;
        int bh = y1 - y0;
        float[] cover = scratch(bw * bh);
        for (int s = 0; s < subpaths; s++) {
            int from = starts[s];
            int to = s + 1 < subpaths ? starts[s + 1] : count;
            if (to - from == 2) {
                continue;  // a lone moveTo draws nothing
            }
            for (int i = from; i + 2 < to; i += 2) {
                capsule(cover, bw, bh, half, points[i] - x0, points[i + 1] - y0, points[i + 2] - x0, points[i + 3] - y0);
            }
            if (closed[s]) {
                capsule(cover, bw, bh, half, points[to - 2] - x0, points[to - 1] - y0, points[from] - x0,
                        points[from + 1] - y0);
            }
        }
        painted(x0, y0, x1, y1);
        for (int j = 0; j < bh; j++) {
            int row = j * bw;
            int out = (y0 + j) * width + x0;
            for (int i = 0; i < bw; i++) {
                float c = cover[row + i];
                if (c > 0.002f) {
                    blend(out + i, rgb, c);
                }
            }
        }
    }

    /**
     * Draws a line thinner than a pixel straight into the buffer, segment by segment
     * ({@link #thinLine}); blending each piece is within a hair of adding them up at this
     * width, and saves a scratch buffer per line.
     *
     * @return false, drawing nothing, if a sub-path has a segment of no length (a dot), which the capsules draw
     */
    private boolean thinStroke(int rgb, double lineWidth) {
        for (int s = 0; s < subpaths; s++) {
            int from = starts[s];
            int to = s + 1 < subpaths ? starts[s + 1] : count;
            for (int i = from; i + 2 < to; i += 2) {
                if (points[i] == points[i + 2] && points[i + 1] == points[i + 3]) {
                    return false;
                }
            }
        }
        double[] box = pathBox(lineWidth + 1);
        painted((int) Math.max(0, Math.floor(box[0])), (int) Math.max(0, Math.floor(box[1])),
                (int) Math.min(width, Math.ceil(box[2])), (int) Math.min(height, Math.ceil(box[3])));
        for (int s = 0; s < subpaths; s++) {
            int from = starts[s];
            int to = s + 1 < subpaths ? starts[s + 1] : count;
            for (int i = from; i + 2 < to; i += 2) {
                thinLine(rgb, lineWidth, points[i], points[i + 1], points[i + 2], points[i + 3]);
            }
            if (closed[s] && to - from > 2) {
                thinLine(rgb, lineWidth, points[to - 2], points[to - 1], points[from], points[from + 1]);
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
    private void thinLine(int rgb, double lineWidth, double ax, double ay, double bx, double by) {
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
        int uSize = alongX ? width : height;
        int vSize = alongX ? height : width;
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
                    blend(alongX ? v * width + u : u * width + v, rgb, Math.min(1, overlap));
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

    // ----- shared

    /** @return the path's box in buffer px, grown by {@code grow}: minX, minY, maxX, maxY */
    private double[] pathBox(double grow) {
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

    private float[] scratch(int size) {
        if (scratch.length < size) {
            scratch = new float[Math.max(size, scratch.length * 2)];
        } else {
            Arrays.fill(scratch, 0, size, 0f);
        }
        return scratch;
    }

    /** Source-over of an opaque colour at this coverage (0..1) onto premultiplied pixel {@code at}. */
    private void blend(int at, int rgb, double coverage) {
        int a = (int) (coverage * 255 + 0.5);
        if (a <= 0) {
            return;
        }
        if (a >= 255) {
            pixels[at] = 0xff000000 | rgb;
            return;
        }
        int dst = pixels[at];
        int keep = 255 - a;
        int outA = a + div255(((dst >>> 24) & 0xff) * keep);
        int outR = div255(((rgb >> 16) & 0xff) * a + ((dst >> 16) & 0xff) * keep);
        int outG = div255(((rgb >> 8) & 0xff) * a + ((dst >> 8) & 0xff) * keep);
        int outB = div255((rgb & 0xff) * a + (dst & 0xff) * keep);
        pixels[at] = (outA << 24) | (outR << 16) | (outG << 8) | outB;
    }

    private static int div255(int v) {
        v += 128;
        return (v + (v >> 8)) >> 8;
    }

    private int color(String hex) {
        if (hex == lastHex) {
            return lastRgb;
        }
        Integer known = colors.get(hex);
        if (known == null) {
            known = Integer.parseInt(hex.substring(1, 7), 16);
            colors.put(hex, known);
        }
        lastHex = hex;
        lastRgb = known;
        return known;
    }
}
