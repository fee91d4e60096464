package dev.mockloop.ui.sketch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tiles of the current zoom by cell, those of the zoom before (shown beneath while the
 * new view is painted), and spare ones whose buffers wait to be reused. A tile's buffer is a
 * quarter of a MB (and the renderer keeps a copy as large): allocating them as a pan goes
 * was most of what the garbage collector had to copy, in pauses of up to 130 ms, so tiles
 * are reused, and spares are allocated ahead in idle frames ({@link #stock}).
 */
final class TileCache {

    /** Tiles kept beyond the view and its ring, as a multiple of their count. */
    static final double EXTRA = 1;

    private final Map<Long, Tile> tiles = new HashMap<>();
    private final List<Tile> old = new ArrayList<>();
    private final ArrayDeque<Tile> spare = new ArrayDeque<>();

    /**
     * @param ring the view's cells and the ring around it: i0, j0, i1, j1 ({@link TileGrid#range})
     * @return how many tiles to keep: the view and its ring, which must stay, and as many again
     */
    static int limit(long[] ring) {
        long cells = (ring[2] - ring[0] + 1) * (ring[3] - ring[1] + 1);
        return (int) Math.ceil(cells * (1 + EXTRA));
    }

    /** @return how many tiles the current zoom holds */
    int size() {
        return tiles.size();
    }

    /** @return whether the current zoom has the tile of this key ({@link Tile#key}) */
    boolean has(long key) {
        return tiles.containsKey(key);
    }

    /** @return the current zoom's tile of this key, or null */
    Tile get(long key) {
        return tiles.get(key);
    }

    /** @return a cleared tile for cell (i, j) at the current zoom, a spare one if there is one */
    Tile take(long i, long j, int side) {
        Tile tile = spare.isEmpty() ? new Tile() : spare.pop();
        tile.reset(i, j, side);
        tiles.put(tile.key(), tile);
        return tile;
    }

    /** A new zoom: the current tiles become the old ones, and the old ones before them spare. */
    void retire() {
        dropOld();
        old.addAll(tiles.values());
        tiles.clear();
    }

    /** The new view is complete: the old zoom's tiles become spare. */
    void dropOld() {
        spare.addAll(old);
        old.clear();
    }

    /**
     * Makes spare the current tiles farthest from the view until at most {@code limit} are left.
     *
     * @param view the view's cells, i0, j0, i1, j1
     * @return the tiles made spare, to be taken off the screen
     */
    List<Tile> evict(long[] view, int limit) {
        List<Tile> gone = new ArrayList<>();
        while (tiles.size() > limit) {
            Tile far = null;
            long farthest = -1;
            for (Tile t : tiles.values()) {
                long d = TileGrid.distance(view, t.i, t.j);
                if (d > farthest) {
                    farthest = d;
                    far = t;
                }
            }
            tiles.remove(far.key());
            spare.push(far);
            gone.add(far);
        }
        return gone;
    }

    /**
     * Allocates up to {@code most} spare tiles while fewer than {@code limit} exist, as an idle
     * frame does, so that later pans find buffers ready.
     *
     * @param side buffer px a side
     * @return whether more are still to come
     */
    boolean stock(int limit, int side, int most) {
        for (int k = 0; k < most && total() < limit; k++) {
            Tile t = new Tile();
            t.reset(0, 0, side);
            spare.push(t);
        }
        return total() < limit;
    }

    private int total() {
        return tiles.size() + old.size() + spare.size();
    }
}
