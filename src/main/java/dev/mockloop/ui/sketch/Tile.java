package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.paint.RasterSurface;
import java.nio.IntBuffer;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * One cached square of the committed layer: {@link TileLayer#TILE} screen px at grid cell
 * (i, j) of the plane at the tiles' zoom, painted as pixels into a buffer of its own
 * ({@link RasterSurface}, premultiplied ARGB) that an image on screen shares, so painting
 * copies nothing: {@link #show} tells JavaFX which pixels changed, and the renderer uploads
 * them when it next draws the tile.
 */
final class Tile {

    final ImageView view = new ImageView();
    long i;
    long j;
    private RasterSurface raster;
    private PixelBuffer<IntBuffer> buffer;

    /**
     * Moves this tile to cell (i, j) and clears it (the clear is shown with the next {@link #show}).
     *
     * @param side buffer px a side: {@link TileLayer#TILE} times the screen's output scale
     */
    void reset(long newI, long newJ, int side) {
        i = newI;
        j = newJ;
        view.setLayoutX(i * TileLayer.TILE);
        view.setLayoutY(j * TileLayer.TILE);
        if (raster == null || raster.width() != side) {
            raster = new RasterSurface(side, side);
            buffer = new PixelBuffer<>(side, side, IntBuffer.wrap(raster.pixels()), PixelFormat.getIntArgbPreInstance());
            view.setImage(new WritableImage(buffer));
            view.setFitWidth(TileLayer.TILE);
            view.setFitHeight(TileLayer.TILE);
        } else {
            raster.clear();
        }
    }

    /** @return the tile's pixels, with the sketch-to-buffer transform left to the painter */
    RasterSurface raster() {
        return raster;
    }

    /** Shows the whole buffer as painted now (FX thread). */
    void show() {
        buffer.updateBuffer(b -> null);
    }

    /** Shows a box of the buffer as painted now (FX thread): x0, y0, x1, y1, buffer px, exclusive. */
    void show(int[] box) {
        if (box[2] > box[0] && box[3] > box[1]) {
            buffer.updateBuffer(b -> new Rectangle2D(box[0], box[1], box[2] - box[0], box[3] - box[1]));
        }
    }

    /** @return the map key of cell (i, j) */
    static long key(long i, long j) {
        return (i << 32) | (j & 0xffffffffL);
    }

    long key() {
        return key(i, j);
    }
}
