package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.Sketch;
import dev.mockloop.sketch.paint.ElementPainter;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/** Raster exports of sketches, painted by {@link ElementPainter} so they look as on screen. */
public final class SketchImages {

    /** The longest side of an exported image, px; larger sketches are scaled down to fit. */
    public static final int MAX_SIDE_PX = 4096;

    private SketchImages() {
    }

    /**
     * The whole sketch as a PNG on a white background; see {@link #toPng(List, double, boolean)}.
     *
     * @return PNG bytes, or an empty array when the sketch is empty
     */
    public static byte[] toPng(Sketch sketch, double paddingPx) {
        return toPng(sketch.elements(), paddingPx, false);
    }

    /**
     * Renders elements as a PNG covering only their ink: the union of their
     * {@link Element#bounds() bounds} grown by {@code paddingPx} on every side.
     *
     * <p>The image is {@code ceil(bounds.width + 2 * padding)} by
     * {@code ceil(bounds.height + 2 * padding)} px, unless its longer side would pass
     * {@link #MAX_SIDE_PX}; then everything is scaled down uniformly so that side is
     * {@value #MAX_SIDE_PX} px. Sketch point (x, y) lands at image pixel
     * ((x - minX + padding) * scale, (y - minY + padding) * scale). A white image is RGB; a
     * transparent one is ARGB with alpha 0 wherever there is no ink.
     *
     * <p>Must be called on the JavaFX application thread (it snapshots a canvas).
     *
     * @param elements    what to draw, bottom first
     * @param paddingPx   blank margin around the ink, sketch px (0 or more)
     * @param transparent whether the background is transparent rather than white
     * @return PNG bytes, or an empty array when there are no elements
     * @throws IllegalStateException    if called off the JavaFX application thread
     * @throws IllegalArgumentException if the padding is negative or not finite
     */
    public static byte[] toPng(List<? extends Element> elements, double paddingPx, boolean transparent) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("SketchImages.toPng must run on the JavaFX application thread, not "
                    + Thread.currentThread().getName());
        }
        if (!Double.isFinite(paddingPx) || paddingPx < 0) {
            throw new IllegalArgumentException("padding must be 0 px or more, got " + paddingPx);
        }
        Bounds bounds = null;
        for (Element e : elements) {
            bounds = Bounds.union(bounds, e.bounds());
        }
        if (bounds == null) {
            return new byte[0];
        }
        double width = bounds.width() + 2 * paddingPx;
        double height = bounds.height() + 2 * paddingPx;
        double scale = Math.min(1.0, MAX_SIDE_PX / Math.max(width, height));
        int pixelWidth = Math.max(1, Math.min(MAX_SIDE_PX, (int) Math.ceil(width * scale)));
        int pixelHeight = Math.max(1, Math.min(MAX_SIDE_PX, (int) Math.ceil(height * scale)));

        Canvas canvas = new Canvas(pixelWidth, pixelHeight);
        GraphicsContext g = canvas.getGraphicsContext2D();
        if (!transparent) {
            g.setFill(GridLayer.BOARD);
            g.fillRect(0, 0, pixelWidth, pixelHeight);
        }
        g.scale(scale, scale);
        g.translate(paddingPx - bounds.minX(), paddingPx - bounds.minY());
        ElementPainter.paintAll(new CanvasSurface(g), elements);

        SnapshotParameters params = new SnapshotParameters();
        params.setFill(transparent ? Color.TRANSPARENT : GridLayer.BOARD);
        WritableImage snapshot = canvas.snapshot(params, null);
        BufferedImage argb = SwingFXUtils.fromFXImage(snapshot, null);
        return encodePng(transparent ? argb : opaque(argb));
    }

    /** Drops the alpha channel: the board is opaque, and RGB PNGs are smaller. */
    private static BufferedImage opaque(BufferedImage argb) {
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(argb, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static byte[] encodePng(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer available");
            }
        } catch (IOException e) {
            // In-memory stream: only a broken image writer gets here.
            throw new UncheckedIOException("could not encode sketch PNG", e);
        }
        return out.toByteArray();
    }
}
