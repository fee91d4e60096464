package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.Sketch;
import dev.mockloop.sketch.paint.ElementPainter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.transform.Affine;
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
    /** Extra tile px repainted around a region, for antialiased edges. */
    private static final double MARGIN_PX = 2;

    private final Sketch sketch;
    private final Viewport viewport;
    private final Group group = new Group();
    private final Affine placement = new Affine();
    private final Map<Long, Canvas> tiles = new HashMap<>();
    private final java.util.ArrayDeque<Canvas> spare = new java.util.ArrayDeque<>();
    private final PauseTransition settle = new PauseTransition(Duration.millis(SETTLE_MS));
    private final AnimationTimer idle;
    private Set<Long> hidden = Set.of();
    private BoardLook look = BoardLook.LIGHT;
    private double scale = Double.NaN;
    private double lastRebuildMs;

    TileLayer(Sketch sketch, Viewport viewport) {
        this.sketch = sketch;
        this.viewport = viewport;
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

    /** Paints every element anew in this look's colours. */
    void setLook(BoardLook now) {
        if (now != look) {
            look = now;
            rebuild();
        }
    }

    /** Drops every tile and paints the view anew at the current zoom. */
    void rebuild() {
        long start = System.nanoTime();
        settle.stop();
        spare.addAll(tiles.values());
        tiles.clear();
        group.getChildren().clear();
        scale = viewport.scale();
        place();
        fillView();
        lastRebuildMs = (System.nanoTime() - start) / 1e6;
    }

    /** Paints elements put on top of everything onto the tiles they touch. */
    void drawAppended(List<Element> elements) {
        if (settleNow()) {
            return;
        }
        for (Element e : elements) {
            if (hidden.contains(e.id())) {
                continue;
            }
            Bounds b = e.bounds();
            forTilesOver(b, (tile, i, j) -> {
                GraphicsContext g = tile.getGraphicsContext2D();
                applyTile(g, i, j);
                ElementPainter.paint(new CanvasSurface(g, look), e);
            });
        }
    }

    /** The sketch changed within this region (px): repaints it in the tiles it touches. */
    void regionChanged(Bounds region) {
        if (!settleNow()) {
            repaint(region);
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

    private void repaint(Bounds region) {
        Bounds area = region.grow(MARGIN_PX / scale);
        forTilesOver(area, (tile, i, j) -> {
            double x0 = Math.max(0, Math.floor(area.minX() * scale - i * TILE));
            double y0 = Math.max(0, Math.floor(area.minY() * scale - j * TILE));
            double x1 = Math.min(TILE, Math.ceil(area.maxX() * scale - i * TILE));
            double y1 = Math.min(TILE, Math.ceil(area.maxY() * scale - j * TILE));
            GraphicsContext g = tile.getGraphicsContext2D();
            g.save();
            g.setTransform(1, 0, 0, 1, 0, 0);
            g.clearRect(x0, y0, x1 - x0, y1 - y0);
            g.beginPath();
            g.rect(x0, y0, x1 - x0, y1 - y0);
            g.clip();
            paintElements(g, i, j, new Bounds((x0 + i * TILE) / scale, (y0 + j * TILE) / scale,
                    (x1 + i * TILE) / scale, (y1 + j * TILE) / scale));
            g.restore();
        });
    }

    /** Paints every element overlapping {@code area} (px) onto tile (i, j), bottom first. */
    private void paintElements(GraphicsContext g, long i, long j, Bounds area) {
        applyTile(g, i, j);
        CanvasSurface surface = new CanvasSurface(g, look);
        for (Element e : sketch.elements()) {
            if (!hidden.contains(e.id()) && e.bounds().intersects(area)) {
                ElementPainter.paint(surface, e);
            }
        }
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
        List<long[]> missing = new java.util.ArrayList<>();
        for (long j = r[1]; j <= r[3]; j++) {
            for (long i = r[0]; i <= r[2]; i++) {
                if (!tiles.containsKey(key(i, j))) {
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
                if (!tiles.containsKey(key(i, j))) {
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

    /**
     * Creates (or reuses) canvases for these tiles and paints them in one pass over the
     * elements, each element onto every new tile it overlaps.
     */
    private void buildTiles(List<long[]> cells) {
        if (cells.isEmpty()) {
            return;
        }
        long i0 = Long.MAX_VALUE;
        long j0 = Long.MAX_VALUE;
        long i1 = Long.MIN_VALUE;
        long j1 = Long.MIN_VALUE;
        Map<Long, CanvasSurface> surfaces = new HashMap<>();
        for (long[] c : cells) {
            Canvas tile = spare.isEmpty() ? new Canvas(TILE, TILE) : spare.pop();
            GraphicsContext g = tile.getGraphicsContext2D();
            g.setTransform(1, 0, 0, 1, 0, 0);
            g.clearRect(0, 0, TILE, TILE);
            applyTile(g, c[0], c[1]);
            tile.setLayoutX(c[0] * TILE);
            tile.setLayoutY(c[1] * TILE);
            tiles.put(key(c[0], c[1]), tile);
            group.getChildren().add(tile);
            surfaces.put(key(c[0], c[1]), new CanvasSurface(g, look));
            i0 = Math.min(i0, c[0]);
            j0 = Math.min(j0, c[1]);
            i1 = Math.max(i1, c[0]);
            j1 = Math.max(j1, c[1]);
        }
        double grow = MARGIN_PX / scale;
        Bounds all = new Bounds(i0 * TILE / scale, j0 * TILE / scale, (i1 + 1) * TILE / scale, (j1 + 1) * TILE / scale);
        for (Element e : sketch.elements()) {
            Bounds b = e.bounds();
            if (hidden.contains(e.id()) || !b.intersects(all)) {
                continue;
            }
            long a0 = (long) Math.floor((b.minX() - grow) * scale / TILE);
            long a1 = (long) Math.floor((b.maxX() + grow) * scale / TILE);
            long b0 = (long) Math.floor((b.minY() - grow) * scale / TILE);
            long b1 = (long) Math.floor((b.maxY() + grow) * scale / TILE);
            for (long j = Math.max(b0, j0); j <= Math.min(b1, j1); j++) {
                for (long i = Math.max(a0, i0); i <= Math.min(a1, i1); i++) {
                    CanvasSurface surface = surfaces.get(key(i, j));
                    if (surface != null) {
                        ElementPainter.paint(surface, e);
                    }
                }
            }
        }
    }

    private interface TileWork {
        void run(Canvas tile, long i, long j);
    }

    private void forTilesOver(Bounds region, TileWork work) {
        long i0 = (long) Math.floor(region.minX() * scale / TILE);
        long i1 = (long) Math.floor(region.maxX() * scale / TILE);
        long j0 = (long) Math.floor(region.minY() * scale / TILE);
        long j1 = (long) Math.floor(region.maxY() * scale / TILE);
        for (long j = j0; j <= j1; j++) {
            for (long i = i0; i <= i1; i++) {
                Canvas tile = tiles.get(key(i, j));
                if (tile != null) {
                    work.run(tile, i, j);
                }
            }
        }
    }

    private void evict(long[] view) {
        while (tiles.size() > MAX_TILES) {
            long far = 0;
            long farthest = -1;
            for (Iterator<Long> it = tiles.keySet().iterator(); it.hasNext();) {
                long k = it.next();
                long i = k >> 32;
                long j = (int) k;
                long d = Math.max(Math.max(view[0] - i, i - view[2]), Math.max(view[1] - j, j - view[3]));
                if (d > farthest) {
                    farthest = d;
                    far = k;
                }
            }
            Canvas gone = tiles.remove(far);
            group.getChildren().remove(gone);
            spare.push(gone);
        }
    }

    private void applyTile(GraphicsContext g, long i, long j) {
        g.setTransform(scale, 0, 0, scale, -i * TILE, -j * TILE);
    }

    private static long key(long i, long j) {
        return (i << 32) | (j & 0xffffffffL);
    }
}
