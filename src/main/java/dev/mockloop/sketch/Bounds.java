package dev.mockloop.sketch;

/**
 * An axis-aligned box in sketch coordinates, px. {@code minX <= maxX} and {@code minY <= maxY}.
 *
 * @param minX left edge, px
 * @param minY top edge, px
 * @param maxX right edge, px
 * @param maxY bottom edge, px
 */
public record Bounds(double minX, double minY, double maxX, double maxY) {

    /**
     * @throws IllegalArgumentException if a max is below its min
     */
    public Bounds {
        if (maxX < minX || maxY < minY) {
            throw new IllegalArgumentException(
                    "bounds max below min: (" + minX + ", " + minY + ")-(" + maxX + ", " + maxY + ")");
        }
    }

    /** @return the box's width, px */
    public double width() {
        return maxX - minX;
    }

    /** @return the box's height, px */
    public double height() {
        return maxY - minY;
    }

    /** @return the smallest box holding both this box and {@code other} */
    public Bounds union(Bounds other) {
        return new Bounds(Math.min(minX, other.minX), Math.min(minY, other.minY),
                Math.max(maxX, other.maxX), Math.max(maxY, other.maxY));
    }
}
