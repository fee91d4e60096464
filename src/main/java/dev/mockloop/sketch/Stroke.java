package dev.mockloop.sketch;

import java.util.List;

/**
 * One freehand pen stroke: a polyline drawn smoothed, with round caps and joins. Immutable.
 *
 * @param id     the stroke's id, unique within its {@link Sketch}; stable across undo and redo
 * @param color  the ink colour as {@code #rrggbb}; stored in lower case
 * @param width  the line width, px (finite, greater than 0)
 * @param points the polyline's vertices in drawing order, px; at least one (a single point
 *               is drawn as a dot of diameter {@code width})
 */
public record Stroke(long id, String color, double width, List<Point> points) implements Element {

    /**
     * @throws IllegalArgumentException if the colour is not {@code #rrggbb}, the width is not a
     *                                  positive finite number, or there are no points
     * @throws NullPointerException     if the colour, the list or one of its points is null
     */
    public Stroke {
        color = Colors.check(color, "stroke color");
        Colors.checkWidth(width, "stroke width");
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a stroke needs at least one point");
        }
    }

    /** @return whether {@code color} is a colour a stroke accepts ({@code #rrggbb}) */
    public static boolean isValidColor(String color) {
        return Colors.isValid(color);
    }

    /** @return the box the ink covers: the vertices grown by half the line width, px */
    @Override
    public Bounds bounds() {
        return StrokeGeometry.inkBounds(this);
    }

    @Override
    public Bounds frame() {
        return bounds().grow(-width / 2);
    }

    @Override
    public Stroke withId(long newId) {
        return new Stroke(newId, color, width, points);
    }

    @Override
    public Stroke translated(double dx, double dy) {
        return new Stroke(id, color, width, points.stream().map(p -> new Point(p.x() + dx, p.y() + dy)).toList());
    }

    /** @return this stroke in another colour and width */
    public Stroke withPen(String newColor, double newWidth) {
        return new Stroke(id, newColor, newWidth, points);
    }

    /** Strokes carry no label. */
    @Override
    public String label() {
        return "";
    }
}
