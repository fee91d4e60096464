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
     * @throws IllegalArgumentException if a max is below its min or a value is not finite
     */
    public Bounds {
        if (!(Double.isFinite(minX) && Double.isFinite(minY) && Double.isFinite(maxX) && Double.isFinite(maxY))) {
            throw new IllegalArgumentException(
                    "bounds must be finite: (" + minX + ", " + minY + ")-(" + maxX + ", " + maxY + ")");
        }
        if (maxX < minX || maxY < minY) {
            throw new IllegalArgumentException(
                    "bounds max below min: (" + minX + ", " + minY + ")-(" + maxX + ", " + maxY + ")");
        }
    }

    /** @return the box spanned by two corners given in any order, px */
    public static Bounds spanning(double x0, double y0, double x1, double y1) {
        return new Bounds(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
    }

    /** @return a box from its top-left corner and size, px (size 0 or more) */
    public static Bounds ofSize(double x, double y, double width, double height) {
        return new Bounds(x, y, x + width, y + height);
    }

    /** @return the box's width, px */
    public double width() {
        return maxX - minX;
    }

    /** @return the box's height, px */
    public double height() {
        return maxY - minY;
    }

    /** @return the horizontal centre, px */
    public double centerX() {
        return (minX + maxX) / 2;
    }

    /** @return the vertical centre, px */
    public double centerY() {
        return (minY + maxY) / 2;
    }

    /** @return the smallest box holding both this box and {@code other} */
    public Bounds union(Bounds other) {
        return new Bounds(Math.min(minX, other.minX), Math.min(minY, other.minY),
                Math.max(maxX, other.maxX), Math.max(maxY, other.maxY));
    }

    /** @return {@code a.union(b)}, where either may be null (the other is returned) */
    public static Bounds union(Bounds a, Bounds b) {
        return a == null ? b : b == null ? a : a.union(b);
    }

    /** @return this box grown by {@code d} px on every side (shrunk when negative, never past its centre) */
    public Bounds grow(double d) {
        double gx = Math.max(d, -width() / 2);
        double gy = Math.max(d, -height() / 2);
        return new Bounds(minX - gx, minY - gy, maxX + gx, maxY + gy);
    }

    /** @return this box moved by (dx, dy) px */
    public Bounds translate(double dx, double dy) {
        return new Bounds(minX + dx, minY + dy, maxX + dx, maxY + dy);
    }

    /** @return whether the boxes overlap or touch */
    public boolean intersects(Bounds other) {
        return minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY;
    }

    /** @return whether {@code other} lies wholly inside this box (edges included) */
    public boolean contains(Bounds other) {
        return minX <= other.minX && other.maxX <= maxX && minY <= other.minY && other.maxY <= maxY;
    }

    /** @return whether the point lies inside this box (edges included) */
    public boolean contains(double x, double y) {
        return minX <= x && x <= maxX && minY <= y && y <= maxY;
    }
}
