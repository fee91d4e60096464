package dev.mockloop.sketch;

/**
 * How a shape or connector is drawn.
 *
 * @param stroke outline and text colour, {@code #rrggbb} (stored lower case)
 * @param width  outline width, px (finite, above 0)
 * @param fill   fill colour {@code #rrggbb}, or null for none (connectors ignore it)
 */
public record Style(String stroke, double width, String fill) {

    /** Dark ink, 2 px, no fill. */
    public static final Style DEFAULT = new Style("#1f2937", 2, null);

    /**
     * @throws IllegalArgumentException if a colour is not {@code #rrggbb} or the width not above 0
     * @throws NullPointerException     if the stroke colour is null
     */
    public Style {
        stroke = Colors.check(stroke, "stroke color");
        Colors.checkWidth(width, "stroke width");
        fill = fill == null ? null : Colors.check(fill, "fill color");
    }

    /** @return this style with another outline colour */
    public Style withStroke(String color) {
        return new Style(color, width, fill);
    }

    /** @return this style with another outline width, px */
    public Style withWidth(double px) {
        return new Style(stroke, px, fill);
    }

    /** @return this style with another fill, null for none */
    public Style withFill(String color) {
        return new Style(stroke, width, color);
    }
}
