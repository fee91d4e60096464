package dev.mockloop.sketch;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One freehand pen stroke: a polyline drawn with round caps and joins. Immutable.
 *
 * @param id     the stroke's id, unique within its {@link Sketch}; stable across undo and redo
 * @param color  the ink colour as {@code #rrggbb}; stored in lower case
 * @param width  the line width, px (finite, greater than 0)
 * @param points the polyline's vertices in drawing order, px; at least one (a single point
 *               is drawn as a dot of diameter {@code width})
 */
public record Stroke(long id, String color, double width, List<Point> points) {

    private static final Pattern HEX_COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    /**
     * @throws IllegalArgumentException if the colour is not {@code #rrggbb}, the width is not a
     *                                  positive finite number, or there are no points
     * @throws NullPointerException     if the colour, the list or one of its points is null
     */
    public Stroke {
        Objects.requireNonNull(color, "color");
        if (!HEX_COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("stroke color must be #rrggbb, got \"" + color + "\"");
        }
        color = color.toLowerCase(Locale.ROOT);
        if (!Double.isFinite(width) || width <= 0) {
            throw new IllegalArgumentException("stroke width must be a positive number of px, got " + width);
        }
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a stroke needs at least one point");
        }
    }

    /** @return whether {@code color} is a colour a stroke accepts ({@code #rrggbb}) */
    public static boolean isValidColor(String color) {
        return color != null && HEX_COLOR.matcher(color).matches();
    }
}
