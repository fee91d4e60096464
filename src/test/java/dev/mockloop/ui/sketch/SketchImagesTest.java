package dev.mockloop.ui.sketch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.sketch.Point;
import dev.mockloop.sketch.Sketch;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** PNG export; the FX toolkit runs headless (Monocle) for the canvas snapshot. */
@ExtendWith(ApplicationExtension.class)
class SketchImagesTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void pngCoversTheInkBoundsPlusPaddingWithInkWhereTheStrokeIs() throws IOException {
        Sketch sketch = new Sketch();
        sketch.addStroke("#1f2937", 4, List.of(new Point(100, 100), new Point(300, 200)));
        // Ink bounds: (98, 98)-(302, 202), so 204 x 104, plus 10 px on each side.

        byte[] png = FxThread.call(() -> SketchImages.toPng(sketch, 10));

        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, PNG_SIGNATURE.length));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(224, image.getWidth());
        assertEquals(124, image.getHeight());
        // Sketch (200, 150), the stroke's midpoint, lands at (200 - 98 + 10, 150 - 98 + 10).
        assertTrue(isDark(image.getRGB(112, 62)), Integer.toHexString(image.getRGB(112, 62)));
        assertTrue(isWhite(image.getRGB(2, 2)), "the padding is white board");
        assertTrue(isWhite(image.getRGB(220, 5)), "the corner away from the line is white board");
    }

    @Test
    void emptySketchGivesNoBytes() {
        assertEquals(0, FxThread.call(() -> SketchImages.toPng(new Sketch(), 10)).length);
    }

    @Test
    void largeSketchIsScaledDownSoItsLongerSideIsTheMaximum() throws IOException {
        Sketch sketch = new Sketch();
        sketch.addStroke("#1f2937", 10, List.of(new Point(5, 5), new Point(9995, 995)));
        // Ink (0, 0)-(10000, 1000), no padding: scale 4096 / 10000, line about 4 px wide.

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                FxThread.call(() -> SketchImages.toPng(sketch, 0))));

        assertEquals(SketchImages.MAX_SIDE_PX, image.getWidth());
        assertEquals((int) Math.ceil(1000 * 0.4096), image.getHeight());
        // The midpoint (5000, 500) lands at (2048, 204.8).
        assertTrue(isDark(image.getRGB(2048, 204)), Integer.toHexString(image.getRGB(2048, 204)));
    }

    @Test
    void refusesToRunOffTheFxThread() {
        Sketch sketch = new Sketch();
        sketch.addStroke("#1f2937", 2, List.of(new Point(0, 0)));
        assertThrows(IllegalStateException.class, () -> SketchImages.toPng(sketch, 10));
    }

    private static boolean isDark(int rgb) {
        return brightness(rgb) < 128;
    }

    private static boolean isWhite(int rgb) {
        return (rgb & 0xffffff) == 0xffffff;
    }

    private static int brightness(int rgb) {
        return (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
    }
}
