package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.Sketch;
import dev.mockloop.sketch.SketchChange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.transform.Affine;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The committed elements, cached as square canvases ("tiles") of {@value #TILE} screen px
 * fixed to the sketch plane at one zoom factor. A canvas keeps its pixels, so:
 * <ul>
 *   <li>a new element is painted only onto the tiles it touches: its cost does not grow with
 *       the number of elements on the board;</li>
 *   <li>any other change repaints only the region it touched, in the tiles it touched, with
 *       the elements overlapping it;</li>
 *   <li>a pan moves the tiles as one node, painting only tiles that come into view (and,
 *       while idle, a ring of tiles around the view, so later pans find them ready);</li>
 *   <li>a zoom needs every visible element painted anew: when the last such repaint took
 *       under {@value #INSTANT_REPAINT_MS} ms it happens at once; otherwise the old tiles are
 *       shown scaled while the zoom goes on and the sharp repaint follows
 *       {@value #SETTLE_MS} ms after the last zoom step.</li>
 * </ul>
 * At most {@value #MAX_TILES} tiles are kept (about 1 MB each); those farthest from the
 * view go first. Elements a gesture is previewing elsewhere are left out ({@link #setHidden}).
 * What each tile holds is found through an {@link ElementIndex} and painted by a
 * {@link TilePainter} (as pixels when zoomed out).
 */
final class TileLayer extends Region {

    /** Tile side, screen px. */
    static final int TILE = 512;
    /** Most tiles kept. */
    static final int MAX_TILES = 48;
    /** A zoom repaint this quick (ms) happens at once; a slower one waits for the zoom to settle. */
    static final double INSTANT_REPAINT_MS = 25;
    /** Quiet time after the last zoom step before the sharp repaint, ms. */
    static final int SETTLE_MS = 200;

    private final Sketch sketch;
    private final Viewport viewport;
    private final ElementIndex index;
    private final TilePainter painter;
    private final Group group = new Group();
    private final Affine placement = new Affine();
    private final Map<Long, Tile> tiles = new HashMap<>();
    private final ArrayDeque<Tile> spare = new ArrayDeque<>();
    private final PauseTransition settle = new PauseTransition(Duration.millis(SETTLE_MS));
    private final AnimationTimer idle;
    private Set<Long> hidden = Set.of();
    private double scale = Double.NaN;
    private double lastRebuildMs;

    TileLayer(Sketch sketch, Viewport viewport) {
        this.sketch = sketch;
        this.viewport = viewport;
        this.index = new ElementIndex(sketch);
        this.painter = new TilePainter(index);
        setMouseTransparent(true);
        group.getTransforms().add(placement);
        group.setManaged(false);
        getChildren().add(group);
        settle.setOnFinished(e -> rebuild());
        idle = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (!buildOneNearby()) {
                    stop();
                }
            }
        };
    }

    /** @return how many tiles are cached */
    int tileCount() {
        return tiles.size();
    }

    /** Follows a pan, zoom or resize; see the class comment. */
    void viewChanged() {
        if (Double.isNaN(scale)) {
            rebuild();
        } else if (scale == viewport.scale()) {
            place();
            fillView();
        } else if (lastRebuildMs <= INSTANT_REPAINT_MS) {
            rebuild();
        } else {
            // Tiles sit at (i * TILE, j * TILE) in plane px at the old zoom; show them at the new one.
            double f = viewport.scale() / scale;
            placement.setToTransform(f, 0, viewport.offsetX(), 0, f, viewport.offsetY());
            settle.playFromStart();
        }
    }

    /** Drops every tile and paints the view anew at the current zoom. */
    void rebuild() {
        long start = System.nanoTime();
        settle.stop();
        for (Tile t : tiles.values()) {
            spare.push(t);
        }
        tiles.clear();
        group.getChildren().clear();
        scale = viewport.scale();
        painter.setScale(scale, outputScale());
        place();
        fillView();
        lastRebuildMs = (System.nanoTime() - start) / 1e6;
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

    private boolean settleNow() {
        if (scale == viewport.scale()) {
            return false;
        }
        rebuild();
        return true;
    }

    private void place() {
        placement.setToTransform(1, 0, viewport.offsetX(), 0, 1, viewport.offsetY());
    }

    /** Makes sure every tile in view exists, then lets idle frames paint a ring around it. */
    private void fillView() {
        long[] r = visibleRange(0);
        List<long[]> missing = new ArrayList<>();
        for (long j = r[1]; j <= r[3]; j++) {
            for (long i = r[0]; i <= r[2]; i++) {
                if (!tiles.containsKey(Tile.key(i, j))) {
                    missing.add(new long[] {i, j});
                }
            }
        }
        buildTiles(missing);
        evict(r);
        idle.start();
    }

    /** Builds one missing tile of the ring just outside the view. */
    private boolean buildOneNearby() {
        if (scale != viewport.scale() || tiles.size() >= MAX_TILES) {
            return false;
        }
        long[] r = visibleRange(1);
        for (long j = r[1]; j <= r[3]; j++) {
            for (long i = r[0]; i <= r[2]; i++) {
                if (!tiles.containsKey(Tile.key(i, j))) {
                    buildTiles(List.<long[]>of(new long[] {i, j}));
                    return true;
                }
            }
        }
        return false;
    }

    private long[] visibleRange(int ring) {
        double w = Math.max(1, getWidth());
        double h = Math.max(1, getHeight());
        return new long[] {
            (long) Math.floor(-viewport.offsetX() / TILE) - ring,
            (long) Math.floor(-viewport.offsetY() / TILE) - ring,
            (long) Math.floor((w - viewport.offsetX()) / TILE) + ring,
            (long) Math.floor((h - viewport.offsetY()) / TILE) + ring};
    }

    /** Creates (or reuses) tiles for these cells and has them painted. */
    private void buildTiles(List<long[]> cells) {
        if (cells.isEmpty()) {
            return;
        }
        List<Tile> fresh = new ArrayList<>(cells.size());
        for (long[] c : cells) {
            Tile tile = spare.isEmpty() ? new Tile(new Canvas(TILE, TILE)) : spare.pop();
            tile.reset(c[0], c[1]);
            tiles.put(tile.key(), tile);
            group.getChildren().add(tile.canvas);
            fresh.add(tile);
        }
        painter.paint(fresh);
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
        while (tiles.size() > MAX_TILES) {
            Tile far = null;
            long farthest = -1;
            for (Tile t : tiles.values()) {
                long d = Math.max(Math.max(view[0] - t.i, t.i - view[2]), Math.max(view[1] - t.j, t.j - view[3]));
                if (d > farthest) {
                    farthest = d;
                    far = t;
                }
            }
            tiles.remove(far.key());
            group.getChildren().remove(far.canvas);
            spare.push(far);
        }
    }

    /** @return device px per screen px of the window showing the board (2 on a HiDPI screen) */
    private double outputScale() {
        Window window = getScene() == null ? null : getScene().getWindow();
        return window == null ? 1 : Math.max(1, window.getOutputScaleX());
    }
}
