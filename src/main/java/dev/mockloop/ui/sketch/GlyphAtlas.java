package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.paint.GlyphSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The glyphs of the pad's label font ({@link CanvasSurface#font}), drawn by JavaFX once per
 * character and size onto a canvas and kept as coverage masks, so tiles painted as pixels
 * show labels as the canvas shows them. Glyphs are rendered on the FX thread
 * ({@link #prime}), a batch per snapshot; they may be read from any thread. Keeps the
 * {@value #MAX_SIZES} sizes used last (each zoom level is a size).
 */
final class GlyphAtlas implements GlyphSource {

    /** Font sizes kept, most recently used. */
    static final int MAX_SIZES = 8;
    /** Widest canvas one batch is drawn on, px. */
    private static final int MAX_ROW_PX = 2048;

    private final Map<Double, Map<Character, GlyphMask>> bySize = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Double, Map<Character, GlyphMask>> eldest) {
            return size() > MAX_SIZES;
        }
    };

    @Override
    public synchronized GlyphMask glyph(char c, double sizePx) {
        Map<Character, GlyphMask> masks = bySize.get(sizePx);
        return masks == null ? null : masks.get(c);
    }

    /** Renders these glyphs (FX thread only), one canvas snapshot per font size. */
    void prime(Collection<Need> needs) {
        Map<Double, List<Character>> sizes = new TreeMap<>();
        for (Need n : needs) {
            List<Character> chars = sizes.computeIfAbsent(n.sizePx(), s -> new ArrayList<>());
            if (!chars.contains(n.c()) && glyph(n.c(), n.sizePx()) == null) {
                chars.add(n.c());
            }
        }
        sizes.forEach((size, chars) -> {
            if (!chars.isEmpty()) {
                Map<Character, GlyphMask> made = render(size, chars);
                synchronized (this) {
                    bySize.computeIfAbsent(size, s -> new HashMap<>()).putAll(made);
                }
            }
        });
    }

    private static Map<Character, GlyphMask> render(double size, List<Character> chars) {
        Font font = Font.font("System", size);
        int pad = (int) Math.ceil(size * 0.3) + 2;
        int cellW = (int) Math.ceil(size * 1.6) + 2 * pad;
        int cellH = (int) Math.ceil(size * 2) + 4;
        int originY = cellH / 2;
        int cols = Math.max(1, Math.min(chars.size(), MAX_ROW_PX / cellW));
        int rows = (chars.size() + cols - 1) / cols;
        Canvas canvas = new Canvas(cols * cellW, rows * cellH);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFont(font);
        g.setFill(Color.WHITE);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (int k = 0; k < chars.size(); k++) {
            g.fillText(String.valueOf(chars.get(k)), (k % cols) * cellW + pad, (k / cols) * cellH + originY);
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        WritableImage image = canvas.snapshot(params, null);
        int w = (int) image.getWidth();
        int[] argb = new int[w * (int) image.getHeight()];
        image.getPixelReader().getPixels(0, 0, w, (int) image.getHeight(), PixelFormat.getIntArgbInstance(), argb, 0, w);
        Text probe = new Text();
        probe.setFont(font);
        Map<Character, GlyphMask> made = new HashMap<>();
        for (int k = 0; k < chars.size(); k++) {
            probe.setText(String.valueOf(chars.get(k)));
            made.put(chars.get(k), cut(argb, w, (k % cols) * cellW, (k / cols) * cellH, cellW, cellH, pad, originY,
                    probe.getLayoutBounds().getWidth()));
        }
        return made;
    }

    /** The inked part of one cell of the snapshot, as a mask. */
    private static GlyphMask cut(int[] argb, int stride, int x, int y, int cellW, int cellH, int penX, int penY,
            double advance) {
        int x0 = cellW;
        int y0 = cellH;
        int x1 = 0;
        int y1 = 0;
        for (int j = 0; j < cellH; j++) {
            for (int i = 0; i < cellW; i++) {
                if ((argb[(y + j) * stride + x + i] >>> 24) != 0) {
                    x0 = Math.min(x0, i);
                    y0 = Math.min(y0, j);
                    x1 = Math.max(x1, i + 1);
                    y1 = Math.max(y1, j + 1);
                }
            }
        }
        if (x1 <= x0) {
            return new GlyphMask(0, 0, 0, 0, advance, new byte[0]);
        }
        byte[] cover = new byte[(x1 - x0) * (y1 - y0)];
        for (int j = y0; j < y1; j++) {
            for (int i = x0; i < x1; i++) {
                cover[(j - y0) * (x1 - x0) + i - x0] = (byte) (argb[(y + j) * stride + x + i] >>> 24);
            }
        }
        return new GlyphMask(x1 - x0, y1 - y0, penX - x0, penY - y0, advance, cover);
    }
}
