package dev.mockloop.sketch.paint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Paints straight into a pixel buffer (premultiplied ARGB, one int a pixel, row by row):
 * the board's zoomed-out tiles, where thousands of elements are in view. A JavaFX canvas
 * call costs a few µs before it draws a pixel, so 20,000 elements painted one call each take
 * over 100 ms; here an element costs about its own pixels (measured in BENCHMARKS.md,
 * {@code sketch.rerender_20000}).
 *
 * <ul>
 *   <li>Paths are flattened as they come ({@link RasterPath}), filled by area coverage
 *       ({@link FillRaster}) and stroked with round caps and joins ({@link LineRaster}).</li>
 *   <li>Labels smaller than {@value #GREEK_PX} px on screen are unreadable at any quality
 *       and become a light bar of the text's length ("greeking"); a larger label is drawn
 *       from the glyph masks of a {@link GlyphSource} ({@link #setGlyphs}), or without one
 *       as a bar too, marking the buffer {@link #legibleText()}.</li>
 * </ul>
 * Sketch px map to buffer px by {@link #setTransform}; everything outside the buffer is
 * clipped. Not thread-safe; reuse one surface for many tiles.
 */
public final class RasterSurface implements Surface {

    /** Labels whose font is under this many screen px are drawn as bars. */
    public static final double GREEK_PX = 6;
    /** Opacity of a greeked label's bar, of the text colour. */
    static final double GREEK_ALPHA = 0.35;

    private final RasterPixels out;
    private final RasterPath path = new RasterPath();
    private final FillRaster fills = new FillRaster();
    private final LineRaster lines = new LineRaster();
    private final Map<String, Integer> colors = new HashMap<>();
    private ToIntFunction<String> palette = RasterSurface::storedRgb;
    private String lastHex;
    private int lastRgb;
    private double scale = 1;
    private double tx;
    private double ty;
    private boolean legibleText;
    private GlyphSource glyphs;
    private final Set<GlyphSource.Need> missing = new HashSet<>();

    /**
     * @param width  buffer px, at least 1
     * @param height buffer px, at least 1
     * @throws IllegalArgumentException if a side is below 1
     */
    public RasterSurface(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a raster needs at least 1 x 1 px, got " + width + " x " + height);
        }
        out = new RasterPixels(width, height);
    }

    /** @return the buffer, premultiplied ARGB, {@link #width()} ints a row; painted in place */
    public int[] pixels() {
        return out.pixels;
    }

    /** @return buffer px */
    public int width() {
        return out.width;
    }

    /** @return buffer px */
    public int height() {
        return out.height;
    }

    /**
     * Sets how stored colours are painted, e.g. turned over for a dark board; by default as
     * they are.
     *
     * @param rgb gives the 0xRRGGBB a stored {@code #rrggbb} colour is painted in
     */
    public void setPalette(ToIntFunction<String> rgb) {
        palette = Objects.requireNonNull(rgb, "rgb");
        colors.clear();
        lastHex = null;
    }

    /** @return a stored {@code #rrggbb} colour as 0xRRGGBB, unchanged */
    public static int storedRgb(String hex) {
        return Integer.parseInt(hex.substring(1, 7), 16);
    }

    /** Clears the buffer to transparent and forgets {@link #legibleText()} and {@link #missingGlyphs()}. */
    public void clear() {
        out.clear();
        legibleText = false;
        missing.clear();
    }

    /** Draws legible labels from these glyphs from now on; null for bars (the default). */
    public void setGlyphs(GlyphSource source) {
        glyphs = source;
    }

    /**
     * @return the glyphs legible labels needed since {@link #clear()} that the
     *         {@link GlyphSource} did not have (those labels were drawn as bars); live, do not keep
     */
    public Set<GlyphSource.Need> missingGlyphs() {
        return missing;
    }

    /**
     * Replaces a box of this buffer with the same box of another of the same size, as when a
     * region was painted anew elsewhere (clipped to it) and is put in place.
     *
     * @param from a buffer of the same width and height
     * @param box  x0, y0, x1, y1 (exclusive), buffer px, within the buffer
     * @throws IllegalArgumentException if the sizes differ
     */
    public void copyBox(RasterSurface from, int[] box) {
        if (from.width() != width() || from.height() != height()) {
            throw new IllegalArgumentException("buffers differ in size");
        }
        int w = box[2] - box[0];
        if (w <= 0 || box[3] <= box[1]) {
            return;
        }
        for (int y = box[1]; y < box[3]; y++) {
            System.arraycopy(from.pixels(), y * width() + box[0], pixels(), y * width() + box[0], w);
        }
        out.painted(box[0], box[1], box[2], box[3]);
    }

    /**
     * @return the part of the buffer painted since {@link #clear()}, buffer px: x0, y0, x1, y1
     *         (exclusive), or null when nothing was painted
     */
    public int[] paintedBox() {
        return out.paintedBox();
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

    @Override
    public void beginPath() {
        path.reset();
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x * scale + tx, y * scale + ty);
    }

    @Override
    public void lineTo(double x, double y) {
        path.lineTo(x * scale + tx, y * scale + ty);
    }

    @Override
    public void quadTo(double cx, double cy, double x, double y) {
        path.quadTo(cx * scale + tx, cy * scale + ty, x * scale + tx, y * scale + ty);
    }

    @Override
    public void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        path.curveTo(c1x * scale + tx, c1y * scale + ty, c2x * scale + tx, c2y * scale + ty, x * scale + tx,
                y * scale + ty);
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void drawPath(String fill, String stroke, double width) {
        if (path.count < 2) {
            return;
        }
        if (fill != null) {
            fills.fill(out, path, color(fill), 1);
        }
        if (stroke != null) {
            lines.stroke(out, path, color(stroke), width * scale);
        }
    }

    @Override
    public void text(String text, double x, double y, double fontSize, boolean centred, String color) {
        if (text.isBlank()) {
            return;
        }
        if (readable(fontSize, scale)) {
            legibleText = true;
            if (glyphs != null && TextRaster.draw(out, glyphs, text, x * scale + tx, y * scale + ty, fontSize * scale,
                    centred, color(color), missing)) {
                return;
            }
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
        fills.fill(out, path, color(color), GREEK_ALPHA);
        beginPath();
    }

    private int color(String hex) {
        if (hex == lastHex) {
            return lastRgb;
        }
        Integer known = colors.get(hex);
        if (known == null) {
            known = palette.applyAsInt(hex) & 0xFFFFFF;
            colors.put(hex, known);
        }
        lastHex = hex;
        lastRgb = known;
        return known;
    }
}
