package dev.mockloop.sketch.paint;

/**
 * Somewhere elements can be painted: a JavaFX canvas on screen and in PNGs, or an SVG
 * document. {@link ElementPainter} decides every shape's geometry in these few calls, so
 * all outputs look the same. Coordinates are sketch px; colours are {@code #rrggbb}.
 */
public interface Surface {

    /** Starts a new path, forgetting the previous one. */
    void beginPath();

    /** Starts a sub-path at (x, y). */
    void moveTo(double x, double y);

    /** A straight segment to (x, y). */
    void lineTo(double x, double y);

    /** A quadratic Bézier curve with control point (cx, cy) to (x, y). */
    void quadTo(double cx, double cy, double x, double y);

    /** A cubic Bézier curve with control points c1 and c2 to (x, y). */
    void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y);

    /** Closes the current sub-path. */
    void closePath();

    /**
     * Paints the current path: filled first, then outlined with round caps and joins.
     *
     * @param fill   fill colour, or null for none
     * @param stroke outline colour, or null for none
     * @param width  outline width, px
     */
    void drawPath(String fill, String stroke, double width);

    /**
     * Writes one line of text.
     *
     * @param text     the line (no line breaks)
     * @param x        the line's left edge, or its centre when {@code centred}, px
     * @param y        the line's vertical centre, px
     * @param fontSize px
     * @param centred  whether x is the centre rather than the left edge
     * @param color    text colour
     */
    void text(String text, double x, double y, double fontSize, boolean centred, String color);
}
