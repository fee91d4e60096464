package dev.mockloop.sketch.paint;

/**
 * Where a {@link RasterSurface} gets the coverage of each character of a legible label, so
 * labels painted as pixels look as the screen's font engine draws them. The domain has no
 * font engine; the board supplies one that renders glyphs once and keeps them.
 */
public interface GlyphSource {

    /**
     * @param c      the character
     * @param sizePx font size, buffer px
     * @return its mask, or null if not at hand yet (the surface then notes it in
     *         {@link RasterSurface#missingGlyphs()}, so the caller can fetch it and paint again)
     */
    GlyphMask glyph(char c, double sizePx);

    /** A character at a font size (buffer px) that a paint needed and did not get. */
    record Need(char c, double sizePx) {
    }

    /**
     * One character's coverage, as drawn with its pen at (originX, originY) of the mask: the
     * pen is the left end of the text's vertical centre line.
     *
     * @param width    mask px, at least 0
     * @param height   mask px, at least 0
     * @param originX  pen x in the mask, px
     * @param originY  pen y in the mask, px
     * @param advance  how far the pen moves on after it, buffer px
     * @param coverage 0..255 per mask px, row by row, {@code width * height} of them
     */
    record GlyphMask(int width, int height, int originX, int originY, double advance, byte[] coverage) {
    }
}
