package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Connector;
import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.Shape;
import dev.mockloop.sketch.paint.ElementPainter;
import dev.mockloop.sketch.paint.RasterSurface;
import java.util.List;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Paints the committed elements into tiles at one zoom, in one of two ways:
 * <ul>
 *   <li>below {@value #RASTER_BELOW_SCALE} zoom, where a view holds thousands of elements,
 *       a tile whose labels are all too small to read is painted as pixels by a
 *       {@link RasterSurface} and handed to its canvas as one image (level of detail: such
 *       labels are bars, and one canvas call per element would cost more than the pixels);</li>
 *   <li>otherwise with canvas calls ({@link CanvasSurface}), the same as everywhere else.</li>
 * </ul>
 * Elements come from the {@link ElementIndex}, so a tile costs its own elements only.
 */
final class TilePainter {

    /** Zoom below which tiles without readable labels are painted as pixels. */
    static final double RASTER_BELOW_SCALE = 0.5;
    /** Extra tile px repainted around a region, and around a tile, for antialiased edges. */
    static final double MARGIN_PX = 2;
    /**
     * How much longer the renderer takes to rasterise canvas calls than they take to record:
     * 10 to 19 times for the pad's strokes and boxes on the software pipeline (measured with
     * the thread CPU times of the FX and render threads, BENCHMARKS.md). Used to budget frames.
     */
    static final double RENDER_PER_RECORD = 12;

    private final ElementIndex index;
    private RasterSurface tileRaster;
    private double scale = 1;
    private double outputScale = 1;
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
        int side = (int) Math.ceil(TileLayer.TILE * outputScale);
        if (tileRaster == null || tileRaster.width() != side) {
            tileRaster = new RasterSurface(side, side);
            tileRaster.setPalette(look::rgb);
        }
    }

    /** Paints stored colours as this look shows them, from the next paint on; raster tiles too. */
    void setLook(BoardLook now) {
        look = now;
        if (tileRaster != null) {
            tileRaster.setPalette(look::rgb);
        }
    }

    void setHidden(Set<Long> ids) {
        hidden = ids;
    }

    /**
     * Paints a freshly cleared tile.
     *
     * @return what it cost, ms: the time taken here, and for canvas calls also the time the
     *         renderer will take to rasterise them, estimated as {@value #RENDER_PER_RECORD}
     *         times the time they took to record (both slow down alike on a busy machine)
     */
    double paint(Tile t) {
        long start = System.nanoTime();
        if (rasterFits(area(t))) {
            rasterTile(t);
            return (System.nanoTime() - start) / 1e6;
        }
        paintVector(t, area(t));
        return (System.nanoTime() - start) / 1e6 * (1 + RENDER_PER_RECORD);
    }

    /** Paints elements put on top of everything onto a tile. */
    void paintAppended(Tile t, List<Element> elements) {
        if (t.raster) {
            Bounds region = null;
            for (Element e : elements) {
                if (readable(e)) {
                    repaintAsVector(t);
                    return;
                }
                region = Bounds.union(region, e.bounds());
            }
            if (region != null) {
                rasterRegion(t, pixelBox(t, region.grow(MARGIN_PX / scale)), elements);
            }
            return;
        }
        GraphicsContext g = t.canvas.getGraphicsContext2D();
        applyTile(g, t);
        CanvasSurface surface = new CanvasSurface(g, look);
        for (Element e : elements) {
            ElementPainter.paint(surface, e);
        }
    }

    /** Repaints {@code region} (sketch px) of a tile with every element overlapping it. */
    void repaint(Tile t, Bounds region) {
        Bounds area = region.grow(MARGIN_PX / scale);
        if (t.raster) {
            if (rasterFits(area)) {
                List<Element> elements = new java.util.ArrayList<>();
                index.forEachIn(area, hidden, elements::add);
                double[] px = pixelBox(t, area);
                clear(t, px);
                rasterRegion(t, px, elements);
            } else {
                repaintAsVector(t);
            }
            return;
        }
        double[] px = pixelBox(t, area);
        GraphicsContext g = t.canvas.getGraphicsContext2D();
        g.save();
        clear(t, px);
        g.beginPath();
        g.rect(px[0], px[1], px[2] - px[0], px[3] - px[1]);
        g.clip();
        applyTile(g, t);
        CanvasSurface surface = new CanvasSurface(g, look);
        index.forEachIn(new Bounds((px[0] + t.i * TileLayer.TILE) / scale, (px[1] + t.j * TileLayer.TILE) / scale,
                (px[2] + t.i * TileLayer.TILE) / scale, (px[3] + t.j * TileLayer.TILE) / scale), hidden,
                e -> ElementPainter.paint(surface, e));
        g.restore();
    }

    /** @return whether this region's elements can be painted as pixels at this zoom */
    private boolean rasterFits(Bounds area) {
        if (scale >= RASTER_BELOW_SCALE) {
            return false;
        }
        boolean[] anyReadable = {false};
        index.forEachIn(area, hidden, e -> anyReadable[0] |= readable(e));
        return !anyReadable[0];
    }

    private boolean readable(Element e) {
        if (e.label().isEmpty()) {
            return false;
        }
        double size = e instanceof Shape s ? s.fontSize() : Connector.LABEL_FONT_SIZE;
        return RasterSurface.readable(size, scale);
    }

    private void rasterTile(Tile t) {
        RasterSurface r = tileRaster;
        r.clear();
        double s = scale * outputScale;
        r.setTransform(s, -t.i * TileLayer.TILE * outputScale, -t.j * TileLayer.TILE * outputScale);
        index.forEachIn(area(t), hidden, e -> ElementPainter.paint(r, e));
        draw(t, r, 0, 0);
        t.raster = true;
    }

    /** Paints elements as pixels over a region of a raster tile, whole tile px (they blend over what is there). */
    private void rasterRegion(Tile t, double[] px, List<Element> elements) {
        int w = (int) Math.ceil((px[2] - px[0]) * outputScale);
        int h = (int) Math.ceil((px[3] - px[1]) * outputScale);
        if (w <= 0 || h <= 0) {
            return;
        }
        RasterSurface r = new RasterSurface(w, h);
        r.setPalette(look::rgb);
        double s = scale * outputScale;
        r.setTransform(s, -(t.i * TileLayer.TILE + px[0]) * outputScale, -(t.j * TileLayer.TILE + px[1]) * outputScale);
        for (Element e : elements) {
            ElementPainter.paint(r, e);
        }
        draw(t, r, px[0], px[1]);
    }

    private void repaintAsVector(Tile t) {
        t.reset(t.i, t.j);
        paintVector(t, area(t));
    }

    private void paintVector(Tile t, Bounds area) {
        GraphicsContext g = t.canvas.getGraphicsContext2D();
        applyTile(g, t);
        CanvasSurface surface = new CanvasSurface(g, look);
        index.forEachIn(area, hidden, e -> ElementPainter.paint(surface, e));
    }

    /**
     * Draws the painted part of a raster whose top-left is at (x, y) tile px onto a tile,
     * blending over what is there. The pixels are copied into an image of their own: the
     * canvas reads it when it next renders.
     */
    private void draw(Tile t, RasterSurface r, double x, double y) {
        int[] box = r.paintedBox();
        if (box == null) {
            return;
        }
        int w = box[2] - box[0];
        int h = box[3] - box[1];
        int[] copy = new int[w * h];
        for (int row = 0; row < h; row++) {
            System.arraycopy(r.pixels(), (box[1] + row) * r.width() + box[0], copy, row * w, w);
        }
        WritableImage image = new WritableImage(new PixelBuffer<>(w, h, IntBuffer.wrap(copy),
                PixelFormat.getIntArgbPreInstance()));
        GraphicsContext g = t.canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.drawImage(image, x + box[0] / outputScale, y + box[1] / outputScale, w / outputScale, h / outputScale);
    }

    private static void clear(Tile t, double[] px) {
        GraphicsContext g = t.canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(px[0], px[1], px[2] - px[0], px[3] - px[1]);
    }

    /** @return the part of the tile this region covers, whole tile px: x0, y0, x1, y1 */
    private double[] pixelBox(Tile t, Bounds area) {
        return new double[] {
            Math.max(0, Math.floor(area.minX() * scale - t.i * TileLayer.TILE)),
            Math.max(0, Math.floor(area.minY() * scale - t.j * TileLayer.TILE)),
            Math.min(TileLayer.TILE, Math.ceil(area.maxX() * scale - t.i * TileLayer.TILE)),
            Math.min(TileLayer.TILE, Math.ceil(area.maxY() * scale - t.j * TileLayer.TILE))};
    }

    /** @return the tile's square in sketch px, grown by the antialiasing margin */
    private Bounds area(Tile t) {
        double side = TileLayer.TILE / scale;
        return new Bounds(t.i * side, t.j * side, (t.i + 1) * side, (t.j + 1) * side).grow(MARGIN_PX / scale);
    }

    private void applyTile(GraphicsContext g, Tile t) {
        g.setTransform(scale, 0, 0, scale, -t.i * TileLayer.TILE, -t.j * TileLayer.TILE);
    }
}
