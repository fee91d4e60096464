package dev.mockloop.sketch.paint;

import java.util.Set;

/**
 * Paints one legible line of text as pixels from a {@link GlyphSource}'s masks: the pen
 * moves by each glyph's advance, and each glyph lands on whole buffer px, as the screen's
 * font engine places grey-scale text.
 */
final class TextRaster {

    private TextRaster() {
    }

    /**
     * @param x       the line's left edge, or its centre when {@code centred}, buffer px
     * @param y       the line's vertical centre, buffer px
     * @param sizePx  font size, buffer px
     * @param missing gets the glyphs the source did not have
     * @return whether it was painted: false, painting nothing, if any glyph was missing
     */
    static boolean draw(RasterPixels out, GlyphSource glyphs, String text, double x, double y, double sizePx,
            boolean centred, int rgb, Set<GlyphSource.Need> missing) {
        GlyphSource.GlyphMask[] masks = new GlyphSource.GlyphMask[text.length()];
        double width = 0;
        boolean complete = true;
        for (int k = 0; k < masks.length; k++) {
            char c = text.charAt(k);
            masks[k] = glyphs.glyph(c, sizePx);
            if (masks[k] == null) {
                missing.add(new GlyphSource.Need(c, sizePx));
                complete = false;
            } else {
                width += masks[k].advance();
            }
        }
        if (!complete) {
            return false;
        }
        double pen = centred ? x - width / 2 : x;
        int top = (int) Math.round(y);
        for (GlyphSource.GlyphMask m : masks) {
            blit(out, m, (int) Math.round(pen) - m.originX(), top - m.originY(), rgb);
            pen += m.advance();
        }
        return true;
    }

    private static void blit(RasterPixels out, GlyphSource.GlyphMask m, int left, int top, int rgb) {
        int i0 = Math.max(0, -left);
        int j0 = Math.max(0, -top);
        int i1 = Math.min(m.width(), out.width - left);
        int j1 = Math.min(m.height(), out.height - top);
        if (i0 >= i1 || j0 >= j1) {
            return;
        }
        out.painted(left + i0, top + j0, left + i1, top + j1);
        byte[] cover = m.coverage();
        for (int j = j0; j < j1; j++) {
            int row = j * m.width();
            int at = (top + j) * out.width + left;
            for (int i = i0; i < i1; i++) {
                int a = cover[row + i] & 0xff;
                if (a != 0) {
                    out.blend(at + i, rgb, a / 255.0);
                }
            }
        }
    }
}
