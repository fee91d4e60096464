package dev.mockloop.ui.sketch;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/**
 * One cached square of the committed layer: a canvas of {@link TileLayer#TILE} screen px
 * at grid cell (i, j) of the plane at the tiles' zoom, and how it was painted.
 */
final class Tile {

    final Canvas canvas;
    long i;
    long j;
    /** Painted as pixels by the zoomed-out raster rather than by canvas calls ({@link TilePainter}). */
    boolean raster;

    Tile(Canvas canvas) {
        this.canvas = canvas;
    }

    /** Moves this tile to cell (i, j) and clears it. */
    void reset(long newI, long newJ) {
        i = newI;
        j = newJ;
        raster = false;
        canvas.setLayoutX(i * TileLayer.TILE);
        canvas.setLayoutY(j * TileLayer.TILE);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, TileLayer.TILE, TileLayer.TILE);
    }

    /** @return the map key of cell (i, j) */
    static long key(long i, long j) {
        return (i << 32) | (j & 0xffffffffL);
    }

    long key() {
        return key(i, j);
    }
}
