package dev.mockloop.sketch;

/**
 * A point in sketch coordinates, in px. The origin is the top-left of the board; y grows
 * downwards, as on screen.
 *
 * @param x horizontal position, px
 * @param y vertical position, px
 */
public record Point(double x, double y) {

    /**
     * @throws IllegalArgumentException if a coordinate is NaN or infinite
     */
    public Point {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("point coordinates must be finite, got (" + x + ", " + y + ")");
        }
    }
}
