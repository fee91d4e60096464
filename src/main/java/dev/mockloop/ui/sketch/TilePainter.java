package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.paint.ElementPainter;
import dev.mockloop.sketch.paint.GlyphSource;
import dev.mockloop.sketch.paint.RasterSurface;
import java.util.List;
import java.util.Set;

/**
 * Paints the committed elements into tiles at one zoom, as pixels ({@link RasterSurface}):
 * a JavaFX canvas call costs microseconds before it draws a pixel and its rasterising on the
 * software pipeline 10 to 40 ms a tile at 100 %, where the raster costs about an element's own
 * pixels. Labels too small to read are bars (level of detail); legible ones are drawn from
 * the glyphs of the label font as JavaFX renders them ({@link GlyphAtlas}). Elements come from
 * the {@link ElementIndex}, so a tile costs its own elements only.
 */
final class TilePainter {

    /** Extra tile px repainted around a region, and around a tile, for antialiased edges. */
    static final double MARGIN_PX = 2;

    private final ElementIndex index;
    private final GlyphAtlas glyphs = new GlyphAtlas();
    /** Where a region is painted anew, clipped to it by copying, before it goes into its tile. */
    private RasterSurface scratch;
    private double scale = 1;
    private double outputScale = 1;
    private int side = TileLayer.TILE;
    private Set<Long> hidden = Set.of();
    private BoardLook look = BoardLook.LIGHT;

    TilePainter(ElementIndex index) {
        this.index = index;
    }

    /**
     * @param newScale       screen px per sketch px
     * @param newOutputScale device px per screen px (2 on a HiDPI screen)
     */
    void setScale(double newScale, double newOutputScale) {
        scale = newScale;
        outputScale = newOutputScale;
        side = (int) Math.ceil(TileLayer.TILE * outputScale);
        if (scratch == null || scratch.width() != side) {
            scratch = new RasterSurface(side, side);
        }
    }

    /** @return buffer px a side of a tile at this output scale */
    int side() {
        return side;
    }

    /** Paints stored colours as this look shows them, from the next paint on. */
    synchronized void setLook(BoardLook now) {
        look = now;
    }

    void setHidden(Set<Long> ids) {
        hidden = ids;
    }

    /**
     * Paints a freshly cleared tile and shows it (FX thread).
     *
     * @return what it cost, ms
     */
    double paint(Tile t) {
        long start = System.nanoTime();
        paintPixels(t);
        finish(t);
        return (System.nanoTime() - start) / 1e6;
    }

    /**
     * Paints a freshly cleared tile's pixels, not yet shown; safe on any thread while the
     * sketch, the index and this painter's settings stay as they are.
     */
    void paintPixels(Tile t) {
        RasterSurface r = prepare(t.raster(), t);
        index.forEachIn(area(t), hidden, e -> ElementPainter.paint(r, e));
    }

    /** Shows a tile {@link #paintPixels} painted, first painting it again if it lacked glyphs (FX thread). */
    void finish(Tile t) {
        RasterSurface r = t.raster();
        if (primeMissing(r)) {
            r.clear();
            paintPixels(t);
        }
        t.show();
    }

    /** Paints elements put on top of everything onto a tile. */
    void paintAppended(Tile t, List<Element> elements) {
        RasterSurface r = prepare(t.raster(), t);
        Bounds region = null;
        for (Element e : elements) {
            ElementPainter.paint(r, e);
            region = Bounds.union(region, e.bounds());
        }
        if (primeMissing(r)) {
            t.reset(t.i, t.j, side);
            paint(t);
        } else if (region != null) {
            t.show(deviceBox(t, region.grow(MARGIN_PX / scale)));
        }
    }

    /** Repaints {@code region} (sketch px) of a tile with every element overlapping it. */
    void repaint(Tile t, Bounds region) {
        int[] box = deviceBox(t, region.grow(MARGIN_PX / scale));
        if (box[2] <= box[0] || box[3] <= box[1]) {
            return;
        }
        double s = scale * outputScale;
        double originX = t.i * TileLayer.TILE * outputScale;
        double originY = t.j * TileLayer.TILE * outputScale;
        Bounds area = new Bounds((box[0] + originX) / s, (box[1] + originY) / s, (box[2] + originX) / s,
                (box[3] + originY) / s);
        RasterSurface r = prepare(scratch, t);
        r.clear();
        index.forEachIn(area, hidden, e -> ElementPainter.paint(r, e));
        if (primeMissing(r)) {
            r.clear();
            index.forEachIn(area, hidden, e -> ElementPainter.paint(r, e));
        }
        t.raster().copyBox(r, box);
        r.clear();
        t.show(box);
    }

    /** Sets a surface up to paint tile t's square in this look. @return it */
    private RasterSurface prepare(RasterSurface r, Tile t) {
        r.setPalette(this::rgb);
        r.setGlyphs(glyphs);
        r.setTransform(scale * outputScale, -t.i * TileLayer.TILE * outputScale, -t.j * TileLayer.TILE * outputScale);
        return r;
    }

    /** The look's colours, for surfaces on any thread (the look's caches are not thread-safe). */
    private synchronized int rgb(String hex) {
        return look.rgb(hex);
    }

    /** Renders the glyphs the surface lacked. @return whether there were any (its labels are bars then) */
    private boolean primeMissing(RasterSurface r) {
        Set<GlyphSource.Need> missing = r.missingGlyphs();
        if (missing.isEmpty()) {
            return false;
        }
        glyphs.prime(List.copyOf(missing));
        return true;
    }

    /** @return the part of the tile this region covers, whole buffer px: x0, y0, x1, y1 (exclusive) */
    private int[] deviceBox(Tile t, Bounds area) {
        double s = scale * outputScale;
        double originX = t.i * TileLayer.TILE * outputScale;
        double originY = t.j * TileLayer.TILE * outputScale;
        return new int[] {
            (int) Math.max(0, Math.floor(area.minX() * s - originX)),
            (int) Math.max(0, Math.floor(area.minY() * s - originY)),
            (int) Math.min(side, Math.ceil(area.maxX() * s - originX)),
            (int) Math.min(side, Math.ceil(area.maxY() * s - originY))};
    }

    /** @return the tile's square in sketch px, grown by the antialiasing margin */
    private Bounds area(Tile t) {
        double sideSketch = TileLayer.TILE / scale;
        return new Bounds(t.i * sideSketch, t.j * sideSketch, (t.i + 1) * sideSketch, (t.j + 1) * sideSketch)
                .grow(MARGIN_PX / scale);
    }
}
