package dev.mockloop.sketch;

/**
 * A generous estimate of the box a label's text covers, px, without a font engine: the
 * domain has none, and redraw regions must never be smaller than the ink. Real text is
 * narrower than {@link #CHAR_WIDTH} em per character for the fonts used.
 */
public final class LabelExtent {

    /** Assumed width of one character, in em. */
    public static final double CHAR_WIDTH = 0.62;
    /** Line height, in em; the renderer spaces lines by this. */
    public static final double LINE_HEIGHT = 1.25;

    private LabelExtent() {
    }

    /**
     * @param cx       centre of the label, px
     * @param cy       centre of the label, px
     * @param label    the text, lines split by {@code \n}; null or "" for none
     * @param fontSize px
     * @return the estimated box with 4 px to spare, or null for no text
     */
    public static Bounds around(double cx, double cy, String label, double fontSize) {
        if (label == null || label.isEmpty()) {
            return null;
        }
        String[] lines = label.split("\n", -1);
        int longest = 0;
        for (String line : lines) {
            longest = Math.max(longest, line.length());
        }
        double halfW = longest * fontSize * CHAR_WIDTH / 2 + 4;
        double halfH = lines.length * fontSize * LINE_HEIGHT / 2 + 4;
        return new Bounds(cx - halfW, cy - halfH, cx + halfW, cy + halfH);
    }
}
