package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.paint.ElementPainter;
import dev.mockloop.sketch.paint.RasterSurface;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;

/**
 * Paints whole zoomed-out tiles as pixels, several at once: the FX thread paints the first
 * of a batch and painting threads (one fewer than the machine's cores, daemons shared by
 * every board) the others,
 * each into a {@link RasterSurface} of its own. After a zoom a view of 20,000 elements is
 * that many element paints, which are pure arithmetic on immutable elements, so they divide
 * over the cores; the FX thread waits only for the batch it asked for (a frame's worth,
 * {@link TileLayer#FRAME_BUDGET_MS}), then hands each tile its pixels. The element index is
 * only read meanwhile (it is brought up to date before the batch starts), and stored colours
 * are looked up under a lock, so nothing else is shared.
 */
final class RasterTiles {

    /** What one tile got: its painted box in buffer px and that box's premultiplied ARGB pixels. */
    record Pixels(int x, int y, int width, int height, int[] argb) {
    }

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private final ElementIndex index;
    private final ThreadLocal<RasterSurface> surfaces = new ThreadLocal<>();
    private final Map<String, Integer> colors = new HashMap<>();
    private ToIntFunction<String> look = RasterSurface::storedRgb;
    private double scale = 1;
    private double outputScale = 1;
    private int side = TileLayer.TILE;

    /** The painting threads every board shares, made when first needed. */
    private static final class Helpers {
        static final ExecutorService POOL = Executors.newFixedThreadPool(Math.max(1, CORES - 1), r -> {
            Thread thread = new Thread(r, "mockloop-board-tiles");
            thread.setDaemon(true);
            return thread;
        });
    }

    RasterTiles(ElementIndex index) {
        this.index = index;
    }

    /** @return how many tiles one batch paints at once: one per core */
    static int batchSize() {
        return Math.max(1, CORES);
    }

    /**
     * @param newScale       screen px per sketch px
     * @param newOutputScale device px per screen px (2 on a HiDPI screen)
     */
    void setScale(double newScale, double newOutputScale) {
        scale = newScale;
        outputScale = newOutputScale;
        side = (int) Math.ceil(TileLayer.TILE * outputScale);
    }

    /** @param rgb gives the 0xRRGGBB a stored colour is shown in (called on any painting thread, one at a time) */
    void setPalette(ToIntFunction<String> rgb) {
        synchronized (colors) {
            look = rgb;
            colors.clear();
        }
    }

    /**
     * Paints each tile's square from scratch, the elements in {@code hidden} left out.
     *
     * @param cells the tiles' grid cells, {i, j} each
     * @return each tile's pixels, in the order given; null where nothing was painted
     */
    List<Pixels> paint(List<long[]> cells, Set<Long> hidden) {
        index.size();  // brings the index up to date on this thread, before others read it
        List<Pixels> out = new ArrayList<>(cells.size());
        if (CORES < 2 || cells.size() < 2) {
            for (long[] cell : cells) {
                out.add(paintOne(cell[0], cell[1], hidden));
            }
            return out;
        }
        List<Future<Pixels>> others = new ArrayList<>();
        for (long[] cell : cells.subList(1, cells.size())) {
            others.add(Helpers.POOL.submit(() -> paintOne(cell[0], cell[1], hidden)));
        }
        out.add(paintOne(cells.get(0)[0], cells.get(0)[1], hidden));
        for (Future<Pixels> other : others) {
            out.add(join(other));
        }
        return out;
    }

    private Pixels paintOne(long i, long j, Set<Long> hidden) {
        RasterSurface r = surfaces.get();
        if (r == null || r.width() != side) {
            r = new RasterSurface(side, side);
            surfaces.set(r);
        }
        r.setPalette(this::rgb);  // forgets the surface's own colours, which may be another look's
        r.clear();
        r.setTransform(scale * outputScale, -i * TileLayer.TILE * outputScale, -j * TileLayer.TILE * outputScale);
        double tile = TileLayer.TILE / scale;
        Bounds area = new Bounds(i * tile, j * tile, (i + 1) * tile, (j + 1) * tile).grow(TilePainter.MARGIN_PX / scale);
        RasterSurface surface = r;
        index.forEachIn(area, hidden, e -> ElementPainter.paint(surface, e));
        int[] box = r.paintedBox();
        if (box == null) {
            return null;
        }
        int w = box[2] - box[0];
        int h = box[3] - box[1];
        int[] copy = new int[w * h];
        for (int row = 0; row < h; row++) {
            System.arraycopy(r.pixels(), (box[1] + row) * r.width() + box[0], copy, row * w, w);
        }
        return new Pixels(box[0], box[1], w, h, copy);
    }

    private int rgb(String hex) {
        synchronized (colors) {
            return colors.computeIfAbsent(hex, look::applyAsInt);
        }
    }

    private static Pixels join(Future<Pixels> painted) {
        try {
            return painted.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while painting the board's tiles", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }
}
