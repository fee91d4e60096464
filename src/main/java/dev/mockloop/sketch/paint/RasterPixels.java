package dev.mockloop.sketch.paint;

import java.util.Arrays;

/**
 * The pixels a {@link RasterSurface} paints: premultiplied ARGB, one int a pixel, row by
 * row, with source-over blending of opaque colours at a coverage, and the box painted since
 * the last clear (so a tile hands on, and clears, only that).
 */
final class RasterPixels {

    final int width;
    final int height;
    final int[] pixels;
    private int paintedMinX;
    private int paintedMinY;
    private int paintedMaxX;
    private int paintedMaxY;

    RasterPixels(int width, int height) {
        this.width = width;
        this.height = height;
        this.pixels = new int[width * height];
        forgetPainted();
    }

    /** Clears what was painted to transparent. */
    void clear() {
        if (paintedMaxX > paintedMinX && paintedMaxY > paintedMinY) {
            for (int y = paintedMinY; y < paintedMaxY; y++) {
                Arrays.fill(pixels, y * width + paintedMinX, y * width + paintedMaxX, 0);
            }
        }
        forgetPainted();
    }

    /** @return x0, y0, x1, y1 (exclusive) of what was painted since {@link #clear()}, or null */
    int[] paintedBox() {
        return paintedMaxX > paintedMinX && paintedMaxY > paintedMinY
                ? new int[] {paintedMinX, paintedMinY, paintedMaxX, paintedMaxY} : null;
    }

    /** Notes that pixels in this box (buffer px, exclusive ends, within the buffer) may be painted. */
    void painted(int x0, int y0, int x1, int y1) {
        if (x0 >= x1 || y0 >= y1) {
            return;
        }
        paintedMinX = Math.min(paintedMinX, x0);
        paintedMinY = Math.min(paintedMinY, y0);
        paintedMaxX = Math.max(paintedMaxX, x1);
        paintedMaxY = Math.max(paintedMaxY, y1);
    }

    /** Source-over of an opaque colour ({@code 0xrrggbb}) at this coverage (0..1) onto pixel {@code at}. */
    void blend(int at, int rgb, double coverage) {
        int a = (int) (coverage * 255 + 0.5);
        if (a <= 0) {
            return;
        }
        if (a >= 255) {
            pixels[at] = 0xff000000 | rgb;
            return;
        }
        int dst = pixels[at];
        int keep = 255 - a;
        int outA = a + div255(((dst >>> 24) & 0xff) * keep);
        int outR = div255(((rgb >> 16) & 0xff) * a + ((dst >> 16) & 0xff) * keep);
        int outG = div255(((rgb >> 8) & 0xff) * a + ((dst >> 8) & 0xff) * keep);
        int outB = div255((rgb & 0xff) * a + (dst & 0xff) * keep);
        pixels[at] = (outA << 24) | (outR << 16) | (outG << 8) | outB;
    }

    private void forgetPainted() {
        paintedMinX = width;
        paintedMinY = height;
        paintedMaxX = 0;
        paintedMaxY = 0;
    }

    private static int div255(int v) {
        v += 128;
        return (v + (v >> 8)) >> 8;
    }
}
