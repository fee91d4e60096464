package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.Sketch;
import dev.mockloop.sketch.SketchChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.transform.Affine;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The committed elements, cached as square images ("tiles", {@link Tile}) of {@value #TILE}
 * screen px fixed to the sketch plane at one zoom factor. A tile keeps its pixels, so:
 * <ul>
 *   <li>a new element is painted only onto the tiles it touches: its cost does not grow with
 *       the number of elements on the board;</li>
 *   <li>any other change repaints only the region it touched, in the tiles it touched, with
 *       the elements overlapping it;</li>
 *   <li>a pan moves the tiles as one node, painting only tiles that come into view;</li>
 *   <li>a zoom needs every visible element painted anew: when the last such repaint took
 *       under {@value #INSTANT_REPAINT_MS} ms it happens at once; otherwise the old tiles are
 *       shown scaled while the zoom goes on, and the sharp repaint starts
 *       {@value #SETTLE_MS} ms after the last zoom step.</li>
 * </ul>
 * New tiles are painted progressively so no frame hitches: each frame paints tiles, those in
 * view nearest the centre first, then a ring around the view (so later pans find them ready),
 * until it has spent {@value #FRAME_BUDGET_MS} ms ({@link TileGrid}, {@link TilePainter#paint});
 * the rest follow in the next frames. Until a re-zoomed view is complete, the old tiles stay
 * beneath it, scaled, so nothing goes blank.
 *
 * <p>The tiles kept are those of the view and its ring and as many again from where the view
 * was, those farthest from the view going first; their buffers are reused ({@link TileCache}). Elements a gesture is
 * previewing elsewhere are left out ({@link #setHidden}). What each tile holds is found
 * through an {@link ElementIndex} and painted as pixels by a {@link TilePainter}.
 */
final class TileLayer extends Region {

    /** Tile side, screen px: small enough that one tile is a fraction of a frame's budget. */
    static final int TILE = 256;
    /** Spare tiles an idle frame allocates ({@link TileCache#stock}). */
    static final int STOCK_PER_FRAME = 8;
    /** A zoom repaint this quick (ms) happens at once; a slower one waits for the zoom to settle. */
    static final double INSTANT_REPAINT_MS = 25;
    /** Quiet time after the last zoom step before the sharp repaint, ms. */
    static final int SETTLE_MS = 200;
    /** Painting of new tiles one frame may do, ms: a third of a 60 Hz frame, the rest left for the frame itself. */
    static final double FRAME_BUDGET_MS = 6;

    private final Sketch sketch;
    private final Viewport viewport;
    private final ElementIndex index;
    private final TilePainter painter;
    private final TileWorkers workers = TileWorkers.shared();
    private final Group backdrop = new Group();
    private final Affine backdropPlacement = new Affine();
    private final Group group = new Group();
    private final Affine placement = new Affine();
    private final TileCache tiles = new TileCache();
    private final PauseTransition settle = new PauseTransition(Duration.millis(SETTLE_MS));
    private final AnimationTimer frames;
    private Set<Long> hidden = Set.of();
    private BoardLook look = BoardLook.LIGHT;
    private double scale = Double.NaN;
    private double backdropScale = Double.NaN;
    private double lastRebuildMs;
    /** Cost of painting the current zoom's view so far, ms, until it is complete; NaN after. */
    private double viewCostMs = Double.NaN;
    private long lastFrameNanos;

    TileLayer(Sketch sketch, Viewport viewport) {
        this.sketch = sketch;
        this.viewport = viewport;
        this.index = new ElementIndex(sketch);
        this.painter = new TilePainter(index);
        setMouseTransparent(true);
        backdrop.getTransforms().add(backdropPlacement);
        group.getTransforms().add(placement);
        backdrop.setManaged(false);
        group.setManaged(false);
        getChildren().addAll(backdrop, group);
        settle.setOnFinished(e -> rebuild());
        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                // A view change this frame has painted already.
                if (System.nanoTime() - lastFrameNanos > FRAME_BUDGET_MS * 1e6 && !paintFrame()) {
                    stop();
                }
            }
        };
    }

    /** @return how many tiles are cached at the current zoom */
    int tileCount() {
        return tiles.size();
    }

    /** Follows a pan, zoom or resize; see the class comment. */
    void viewChanged() {
        if (Double.isNaN(scale)) {
            rebuildNow();
        } else if (scale == viewport.scale()) {
            place();
            paintFrame();
        } else if (lastRebuildMs <= INSTANT_REPAINT_MS) {
            rebuildNow();
        } else {
            place();
            settle.playFromStart();
        }
    }

    /** Paints every element anew in this look's colours (light, or dark with colours turned over). */
    void setLook(BoardLook now) {
        if (now != look) {
            look = now;
            painter.setLook(now);
            rebuild();
        }
    }

    /** Starts painting the view anew at the current zoom, over frames, the old tiles beneath. */
    void rebuild() {
        settle.stop();
        tiles.retire();
        List<javafx.scene.Node> images = new ArrayList<>(group.getChildren());
        group.getChildren().clear();
        backdrop.getChildren().setAll(images);
        backdropScale = scale;
        scale = viewport.scale();
        painter.setScale(scale, outputScale());
        viewCostMs = 0;
        place();
        paintFrame();
    }

    /** Paints the whole view anew at the current zoom before returning (the ring follows in frames). */
    void rebuildNow() {
        rebuild();
        List<long[]> inView = TileGrid.missing(viewport.offsetX(), viewport.offsetY(), getWidth(), getHeight(), false,
                tiles::has);
        if (!inView.isEmpty()) {
            long start = System.nanoTime();
            build(inView);
            viewCostMs += (System.nanoTime() - start) / 1e6;
        }
        afterPainting();
        frames.start();
    }

    /**
     * Does one frame's painting of missing tiles, as the frame timer does each frame: batches
     * of as many tiles as there are cores, until {@value #FRAME_BUDGET_MS} ms are spent; a frame
     * with none missing allocates spare tiles instead.
     *
     * @return whether work is left: tiles missing in view or in the ring around it, or spares to allocate
     */
    boolean paintFrame() {
        lastFrameNanos = System.nanoTime();
        List<long[]> missing = TileGrid.missing(viewport.offsetX(), viewport.offsetY(), getWidth(), getHeight(),
                true, tiles::has);
        long start = System.nanoTime();
        int done = 0;
        while (done < missing.size() && (done == 0 || (System.nanoTime() - start) / 1e6 < FRAME_BUDGET_MS)) {
            int batch = Math.min(workers.parallelism(), missing.size() - done);
            build(missing.subList(done, done + batch));
            done += batch;
        }
        if (!Double.isNaN(viewCostMs)) {
            viewCostMs += (System.nanoTime() - start) / 1e6;
        }
        afterPainting();
        // Idle: spare buffers for later pans, a few a frame.
        boolean more = done < missing.size() || tiles.stock(TileCache.limit(ring()), painter.side(), STOCK_PER_FRAME);
        if (more) {
            frames.start();
        }
        return more;
    }

    /** Once the view is complete, drops the old zoom's tiles; keeps the cache within bounds. */
    private void afterPainting() {
        if (viewComplete()) {
            if (!Double.isNaN(viewCostMs)) {
                lastRebuildMs = viewCostMs;
                viewCostMs = Double.NaN;
            }
            tiles.dropOld();
            backdrop.getChildren().clear();
        }
        evict(TileGrid.range(viewport.offsetX(), viewport.offsetY(), getWidth(), getHeight(), 0));
    }

    /** Stops painting in frames; the layer paints nothing after (the shared helpers stay for other boards). */
    void dispose() {
        frames.stop();
        settle.stop();
    }

    /** Follows a change of the sketch: paints what went on top, or repaints the region that changed. */
    void changed(SketchChange change) {
        index.changed(change);
        if (settleNow()) {
            return;
        }
        if (change.isAppendOnly()) {
            drawAppended(change.appended());
        } else {
            repaint(change.dirty());
        }
    }

    /** Leaves these elements out (a gesture shows them elsewhere), repainting where they were or are. */
    void setHidden(Set<Long> ids) {
        if (ids.equals(hidden)) {
            return;
        }
        Set<Long> changed = new HashSet<>(ids);
        changed.addAll(hidden);
        changed.removeIf(id -> ids.contains(id) && hidden.contains(id));
        hidden = Set.copyOf(ids);
        painter.setHidden(hidden);
        Bounds region = null;
        for (long id : changed) {
            Element e = sketch.find(id).orElse(null);
            if (e != null) {
                region = Bounds.union(region, e.bounds());
            }
        }
        if (region != null && !settleNow()) {
            repaint(region);
        }
    }

    /** @return whether every tile in view is painted (at the current zoom) */
    boolean viewComplete() {
        return TileGrid.missing(viewport.offsetX(), viewport.offsetY(), getWidth(), getHeight(), false,
                tiles::has).isEmpty();
    }

    private void drawAppended(List<Element> elements) {
        Map<Tile, List<Element>> byTile = new HashMap<>();
        for (Element e : elements) {
            if (!hidden.contains(e.id())) {
                forTilesOver(e.bounds().grow(TilePainter.MARGIN_PX / scale),
                        t -> byTile.computeIfAbsent(t, k -> new ArrayList<>()).add(e));
            }
        }
        byTile.forEach(painter::paintAppended);
    }

    private void repaint(Bounds region) {
        forTilesOver(region.grow(TilePainter.MARGIN_PX / scale), t -> painter.repaint(t, region));
    }

    /** An edit while the tiles are at another zoom: paints the view at this one first. */
    private boolean settleNow() {
        if (scale == viewport.scale()) {
            return false;
        }
        rebuildNow();
        return true;
    }

    /** Tiles sit at (i * TILE, j * TILE) in plane px at their zoom; shows them at the view's. */
    private void place() {
        double f = viewport.scale() / scale;
        placement.setToTransform(f, 0, viewport.offsetX(), 0, f, viewport.offsetY());
        double b = viewport.scale() / backdropScale;
        if (Double.isFinite(b)) {
            backdropPlacement.setToTransform(b, 0, viewport.offsetX(), 0, b, viewport.offsetY());
        }
    }

    /** Creates (or reuses) the tiles for these cells ({i, j}) and paints them, on every core. */
    private void build(List<long[]> cells) {
        index.size();  // reads the sketch again now if it changed, not on the painting threads
        List<Tile> batch = new ArrayList<>(cells.size());
        for (long[] cell : cells) {
            Tile tile = tiles.take(cell[0], cell[1], painter.side());
            group.getChildren().add(tile.view);
            batch.add(tile);
        }
        workers.paintAll(batch, painter::paintPixels);
        batch.forEach(painter::finish);
    }

    private void forTilesOver(Bounds region, java.util.function.Consumer<Tile> work) {
        long i0 = (long) Math.floor(region.minX() * scale / TILE);
        long i1 = (long) Math.floor(region.maxX() * scale / TILE);
        long j0 = (long) Math.floor(region.minY() * scale / TILE);
        long j1 = (long) Math.floor(region.maxY() * scale / TILE);
        for (long j = j0; j <= j1; j++) {
            for (long i = i0; i <= i1; i++) {
                Tile tile = tiles.get(Tile.key(i, j));
                if (tile != null) {
                    work.accept(tile);
                }
            }
        }
    }

    private void evict(long[] view) {
        for (Tile gone : tiles.evict(view, TileCache.limit(ring()))) {
            group.getChildren().remove(gone.view);
        }
    }

    /** @return the cells of the view and the ring around it: i0, j0, i1, j1 */
    private long[] ring() {
        return TileGrid.range(viewport.offsetX(), viewport.offsetY(), getWidth(), getHeight(), 1);
    }

    /** @return device px per screen px of the window showing the board (2 on a HiDPI screen) */
    private double outputScale() {
        Window window = getScene() == null ? null : getScene().getWindow();
        return window == null ? 1 : Math.max(1, window.getOutputScaleX());
    }
}
