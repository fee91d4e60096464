package dev.mockloop.sketch;

import java.util.ArrayList;
import java.util.List;

/**
 * Snapping for moves, resizes and new shapes: a box's left, centre and right (and top,
 * middle, bottom) line up with another box's when within a tolerance; failing that, and
 * when a grid is on, its top-left corner (or the point) lands on the grid. Pure geometry in
 * sketch px; the caller turns a screen tolerance into sketch px.
 */
public final class Snapping {

    /**
     * A line to show while snapped.
     *
     * @param vertical whether it is vertical (constant x) rather than horizontal
     * @param at       its x (vertical) or y (horizontal), px
     * @param from     where it starts along its length, px
     * @param to       where it ends along its length, px
     */
    public record Guide(boolean vertical, double at, double from, double to) {
    }

    /**
     * How far to shift what is being placed, and the guides to show.
     *
     * @param dx     shift right, px
     * @param dy     shift down, px
     * @param guides the alignment lines found; empty for a grid snap or none
     */
    public record Result(double dx, double dy, List<Guide> guides) {
        /** No shift, no guides. */
        public static final Result NONE = new Result(0, 0, List.of());
    }

    private Snapping() {
    }

    /**
     * Snaps a box being moved.
     *
     * @param moving    where the box would be without snapping
     * @param others    boxes it may line up with
     * @param tolerance how close counts, px
     * @param gridPx    grid spacing, px; 0 for no grid
     */
    public static Result snapBox(Bounds moving, List<Bounds> others, double tolerance, double gridPx) {
        double[] xs = {moving.minX(), moving.centerX(), moving.maxX()};
        double[] ys = {moving.minY(), moving.centerY(), moving.maxY()};
        return snap(xs, ys, moving, others, tolerance, gridPx);
    }

    /**
     * Snaps a single point: a corner of a shape being drawn or resized, a line's end.
     *
     * @param x         where the point would be, px
     * @param y         where the point would be, px
     * @param others    boxes whose edges and centres it may line up with
     * @param tolerance how close counts, px
     * @param gridPx    grid spacing, px; 0 for no grid
     */
    public static Result snapPoint(double x, double y, List<Bounds> others, double tolerance, double gridPx) {
        return snap(new double[] {x}, new double[] {y}, new Bounds(x, y, x, y), others, tolerance, gridPx);
    }

    private static Result snap(double[] xs, double[] ys, Bounds moving, List<Bounds> others, double tolerance,
                               double gridPx) {
        Axis x = new Axis(tolerance);
        Axis y = new Axis(tolerance);
        for (Bounds other : others) {
            double[] oxs = {other.minX(), other.centerX(), other.maxX()};
            double[] oys = {other.minY(), other.centerY(), other.maxY()};
            for (double a : xs) {
                for (double b : oxs) {
                    x.offer(b - a, b, other);
                }
            }
            for (double a : ys) {
                for (double b : oys) {
                    y.offer(b - a, b, other);
                }
            }
        }
        double dx = x.best;
        double dy = y.best;
        if (!x.found() && gridPx > 0) {
            dx = Math.round(xs[0] / gridPx) * gridPx - xs[0];
        }
        if (!y.found() && gridPx > 0) {
            dy = Math.round(ys[0] / gridPx) * gridPx - ys[0];
        }
        List<Guide> guides = new ArrayList<>();
        Bounds placed = moving.translate(x.found() ? dx : 0, y.found() ? dy : 0);
        for (int i = 0; i < x.lines.size(); i++) {
            Bounds o = x.targets.get(i);
            guides.add(new Guide(true, x.lines.get(i), Math.min(placed.minY(), o.minY()),
                    Math.max(placed.maxY(), o.maxY())));
        }
        for (int i = 0; i < y.lines.size(); i++) {
            Bounds o = y.targets.get(i);
            guides.add(new Guide(false, y.lines.get(i), Math.min(placed.minX(), o.minX()),
                    Math.max(placed.maxX(), o.maxX())));
        }
        return new Result(dx, dy, guides);
    }

    /** The smallest shift along one axis, and every line that shift lines up. */
    private static final class Axis {
        private final double tolerance;
        private double best;
        private double bestAbs = Double.POSITIVE_INFINITY;
        private final List<Double> lines = new ArrayList<>();
        private final List<Bounds> targets = new ArrayList<>();

        Axis(double tolerance) {
            this.tolerance = tolerance;
        }

        void offer(double shift, double line, Bounds target) {
            double abs = Math.abs(shift);
            if (abs > tolerance) {
                return;
            }
            if (abs < bestAbs - 1e-9) {
                best = shift;
                bestAbs = abs;
                lines.clear();
                targets.clear();
            }
            if (Math.abs(abs - bestAbs) <= 1e-9 && Math.abs(shift - best) <= 1e-9) {
                lines.add(line);
                targets.add(target);
            }
        }

        boolean found() {
            return bestAbs != Double.POSITIVE_INFINITY;
        }
    }
}
