package dev.mockloop.ui.sketch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Which tile cells a view needs, in the order to paint them: the cells in view nearest its
 * centre first (the eye is there, and a pan uncovers the edge cells last), then the ring
 * just outside the view, so later pans find their tiles ready. Cells are (i, j) on a grid of
 * {@link TileLayer#TILE} screen px, with the view at screen offset (offsetX, offsetY).
 */
final class TileGrid {

    private TileGrid() {
    }

    /**
     * @param ring cells added on each side, 0 for the view alone
     * @return the first and last cell columns and rows the view overlaps: i0, j0, i1, j1
     */
    static long[] range(double offsetX, double offsetY, double width, double height, int ring) {
        double w = Math.max(1, width);
        double h = Math.max(1, height);
        return new long[] {
            (long) Math.floor(-offsetX / TileLayer.TILE) - ring,
            (long) Math.floor(-offsetY / TileLayer.TILE) - ring,
            (long) Math.floor((w - 1 - offsetX) / TileLayer.TILE) + ring,
            (long) Math.floor((h - 1 - offsetY) / TileLayer.TILE) + ring};
    }

    /**
     * The cells of the view and of the ring around it that {@code present} says are missing,
     * in painting order.
     *
     * @param withRing whether to include the ring
     * @return cells as {i, j}; those in view come first
     */
    static List<long[]> missing(double offsetX, double offsetY, double width, double height, boolean withRing,
            LongPredicate present) {
        long[] view = range(offsetX, offsetY, width, height, 0);
        double cx = (width / 2 - offsetX) / TileLayer.TILE - 0.5;
        double cy = (height / 2 - offsetY) / TileLayer.TILE - 0.5;
        List<long[]> inView = new ArrayList<>();
        List<long[]> around = new ArrayList<>();
        long[] outer = withRing ? range(offsetX, offsetY, width, height, 1) : view;
        for (long j = outer[1]; j <= outer[3]; j++) {
            for (long i = outer[0]; i <= outer[2]; i++) {
                if (!present.test(Tile.key(i, j))) {
                    boolean visible = i >= view[0] && i <= view[2] && j >= view[1] && j <= view[3];
                    (visible ? inView : around).add(new long[] {i, j});
                }
            }
        }
        Comparator<long[]> nearest = Comparator.comparingDouble(c -> Math.hypot(c[0] - cx, c[1] - cy));
        inView.sort(nearest);
        around.sort(nearest);
        inView.addAll(around);
        return inView;
    }

    /** @return how many cells away from the view's range {@code view} cell (i, j) is; 0 inside it */
    static long distance(long[] view, long i, long j) {
        return Math.max(0, Math.max(Math.max(view[0] - i, i - view[2]), Math.max(view[1] - j, j - view[3])));
    }
}
