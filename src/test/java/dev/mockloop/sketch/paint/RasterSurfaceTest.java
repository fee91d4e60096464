package dev.mockloop.sketch.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Point;
import dev.mockloop.sketch.Shape;
import dev.mockloop.sketch.ShapeKind;
import dev.mockloop.sketch.Stroke;
import dev.mockloop.sketch.Style;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pixel painter for zoomed-out tiles: coverage, clipping and greeked labels. */
class RasterSurfaceTest {

    private static final String INK = "#1f2937";

    private static int alpha(RasterSurface r, int x, int y) {
        return r.pixels()[y * r.width() + x] >>> 24;
    }

    private static void rect(RasterSurface r, double x0, double y0, double x1, double y1) {
        r.beginPath();
        r.moveTo(x0, y0);
        r.lineTo(x1, y0);
        r.lineTo(x1, y1);
        r.lineTo(x0, y1);
        r.closePath();
    }

    @Test
    void aFilledBoxCoversItsInsideFullyAndNothingOutside() {
        RasterSurface r = new RasterSurface(20, 20);
        rect(r, 4, 4, 12, 10);
        r.drawPath(INK, null, 0);

        assertEquals(0xff1f2937, r.pixels()[6 * 20 + 8], "inside is the fill colour, opaque");
        assertEquals(255, alpha(r, 4, 4));
        assertEquals(255, alpha(r, 11, 9));
        assertEquals(0, alpha(r, 3, 6), "left of the box");
        assertEquals(0, alpha(r, 12, 6), "right of the box");
        assertEquals(0, alpha(r, 8, 10), "below the box");
    }

    @Test
    void aPaletteRepaintsStoredColoursAsADarkBoardShowsThem() {
        RasterSurface r = new RasterSurface(20, 20);
        r.setPalette(hex -> hex.equals(INK) ? 0xe6edf3 : RasterSurface.storedRgb(hex));
        rect(r, 4, 4, 12, 10);
        r.drawPath(INK, null, 0);
        rect(r, 14, 4, 18, 10);
        r.drawPath("#ff0000", null, 0);

        assertEquals(0xffe6edf3, r.pixels()[6 * 20 + 8], "the ink is painted in the palette's colour");
        assertEquals(0xffff0000, r.pixels()[6 * 20 + 16], "a colour the palette keeps stays as stored");
    }

    @Test
    void anEdgeThroughTheMiddleOfAPixelCoversHalfOfIt() {
        RasterSurface r = new RasterSurface(20, 20);
        rect(r, 4.5, 4, 12, 10);
        r.drawPath("#000000", null, 0);

        assertEquals(128, alpha(r, 4, 6), 2);
        assertEquals(255, alpha(r, 5, 6));
    }

    @Test
    void theTransformMapsSketchPxToBufferPx() {
        RasterSurface r = new RasterSurface(20, 20);
        r.setTransform(0.25, 2, 3);
        rect(r, 0, 0, 40, 40);  // 10 x 10 buffer px from (2, 3)
        r.drawPath(INK, null, 0);

        assertEquals(255, alpha(r, 2, 3));
        assertEquals(255, alpha(r, 11, 12));
        assertEquals(0, alpha(r, 12, 12));
        assertEquals(0, alpha(r, 1, 3));
    }

    @Test
    void aThinLineDarkensThePixelsAlongItByItsWidth() {
        RasterSurface r = new RasterSurface(30, 10);
        r.beginPath();
        r.moveTo(2, 5.5);
        r.lineTo(28, 5.5);
        r.drawPath(null, INK, 0.5);

        assertEquals(128, alpha(r, 15, 5), 3, "a half-pixel line through the pixel centres covers half of each");
        assertEquals(0, alpha(r, 15, 3));
        assertEquals(0, alpha(r, 15, 7));
    }

    @Test
    void aWideLineIsOpaqueInTheMiddleWithRoundEnds() {
        RasterSurface r = new RasterSurface(30, 20);
        r.beginPath();
        r.moveTo(5, 10);
        r.lineTo(25, 10);
        r.drawPath(null, INK, 6);

        assertEquals(255, alpha(r, 15, 9));
        assertEquals(255, alpha(r, 15, 11));
        assertEquals(0, alpha(r, 15, 15));
        assertTrue(alpha(r, 2, 9) > 200, "the round cap reaches 3 px past the end");
        assertEquals(0, alpha(r, 2, 13), "but not into the corner a square cap would fill");
    }

    @Test
    void theJointOfTwoSegmentsIsNotPaintedTwice() {
        RasterSurface r = new RasterSurface(30, 10);
        r.beginPath();
        r.moveTo(2, 5.5);
        r.lineTo(15.5, 5.5);
        r.lineTo(28, 5.5);
        r.drawPath(null, INK, 0.5);

        assertEquals(alpha(r, 8, 5), alpha(r, 15, 5), 1);
    }

    @Test
    void aStrokeFromThePainterCoversItsPolyline() {
        RasterSurface r = new RasterSurface(100, 100);
        r.setTransform(0.5, 0, 0);
        ElementPainter.paint(r, new Stroke(1, INK, 4, List.of(new Point(20, 20), new Point(100, 60), new Point(180, 20))));

        assertTrue(alpha(r, 10, 10) > 100, "the start");
        assertTrue(alpha(r, 45, 22) > 0, "the smoothed middle, (90, 45) on the curve");
        assertEquals(0, alpha(r, 50, 60));
    }

    @Test
    void pathsReachingOutOfTheBufferAreClipped() {
        RasterSurface r = new RasterSurface(10, 10);
        rect(r, -50, -50, 5, 60);
        r.drawPath(INK, INK, 2);
        r.beginPath();
        r.moveTo(-100, 5);
        r.quadTo(5, -80, 300, 5);
        r.drawPath(null, INK, 3);

        assertEquals(255, alpha(r, 0, 9), "the part inside is filled");
        assertEquals(255, alpha(r, 2, 5));
        assertEquals(0, alpha(r, 9, 9));
    }

    @Test
    void onlyWhatWasPaintedIsReportedAndCleared() {
        RasterSurface r = new RasterSurface(40, 40);
        r.beginPath();
        r.moveTo(10, -20);
        r.lineTo(30, -5);
        r.drawPath(null, INK, 0.5);  // thin, wholly above the buffer
        rect(r, 50, 10, 60, 20);
        r.drawPath(INK, INK, 1);  // wholly right of it

        assertEquals(null, r.paintedBox(), "nothing landed in the buffer");

        rect(r, 4, 6, 8, 9);
        r.drawPath(INK, null, 0);
        int[] box = r.paintedBox();
        assertTrue(box[0] <= 4 && box[1] <= 6 && box[2] >= 8 && box[3] >= 9, "covers the box");
        assertTrue(box[2] <= 10 && box[3] <= 11, "and not much more");
        r.clear();
        assertEquals(null, r.paintedBox());
        assertEquals(0, alpha(r, 5, 7));
    }

    @Test
    void aLabelTooSmallToReadIsALightBarOfItsLength() {
        RasterSurface r = new RasterSurface(60, 20);
        r.setTransform(0.25, 0, 0);
        r.text("Load balancer", 120, 40, 14, true, INK);  // 3.5 px on screen

        assertFalse(r.legibleText());
        int column = 0;
        for (int y = 0; y < 20; y++) {
            column += alpha(r, 30, y);
        }
        assertEquals(14 * 0.5 * 0.25 * 255 * RasterSurface.GREEK_ALPHA, column, 4, "half the font size high, light");
        assertTrue(alpha(r, 24, 10) > 0 && alpha(r, 36, 10) > 0, "about the text's width");
        assertEquals(0, alpha(r, 30, 13), "about half the font size high");
    }

    @Test
    void aLabelLargeEnoughToReadIsFlaggedForRealText() {
        RasterSurface r = new RasterSurface(60, 20);
        r.setTransform(0.5, 0, 0);
        r.text("DB", 60, 20, 14, true, INK);  // 7 px on screen

        assertTrue(r.legibleText());
        assertTrue(RasterSurface.readable(14, 0.5));
        assertFalse(RasterSurface.readable(14, 0.25));
        r.clear();
        assertFalse(r.legibleText());
        assertEquals(0, alpha(r, 30, 10));
    }

    @Test
    void aShapeFromThePainterIsFilledInsideItsOutline() {
        RasterSurface r = new RasterSurface(60, 40);
        r.setTransform(0.5, 0, 0);
        ElementPainter.paint(r, new Shape(1, ShapeKind.ROUNDED_BOX, new Bounds(10, 10, 110, 70),
                new Style(INK, 2, "#dbeafe"), "", Shape.DEFAULT_FONT_SIZE, null));

        assertEquals(0xffdbeafe, r.pixels()[20 * 60 + 30], "the fill");
        assertTrue(alpha(r, 5, 20) > 128, "the outline at the left edge");
        assertEquals(0, alpha(r, 2, 20));
    }

    @Test
    void aLegibleLabelIsDrawnFromTheGlyphSourcesMasksAtTheirAdvances() {
        // A glyph is a 2 x 2 px block of full coverage, its pen at its top-left, 4 px advance.
        GlyphSource blocks = (c, size) -> c == 'A'
                ? new GlyphSource.GlyphMask(2, 2, 0, 0, 4, new byte[] {-1, -1, -1, -1}) : null;
        RasterSurface r = new RasterSurface(30, 10);
        r.setGlyphs(blocks);
        r.text("AA", 10, 5, 14, false, INK);

        assertEquals(0xff1f2937, r.pixels()[5 * 30 + 10], "the first glyph at the pen");
        assertEquals(255, alpha(r, 15, 6), "the second one advance on");
        assertEquals(0, alpha(r, 12, 5), "nothing between them");
        assertTrue(r.missingGlyphs().isEmpty());
    }

    @Test
    void aGlyphTheSourceLacksIsNotedAndItsLabelDrawnAsABar() {
        RasterSurface r = new RasterSurface(60, 20);
        r.setGlyphs((c, size) -> null);
        r.text("DB", 30, 10, 14, true, INK);

        assertEquals(java.util.Set.of(new GlyphSource.Need('D', 14), new GlyphSource.Need('B', 14)), r.missingGlyphs());
        assertTrue(alpha(r, 30, 10) > 0, "a bar stands in until the glyphs come");
        r.clear();
        assertTrue(r.missingGlyphs().isEmpty());
    }

    @Test
    void copyingABoxReplacesThosePixelsOnly() {
        RasterSurface from = new RasterSurface(20, 20);
        RasterSurface to = new RasterSurface(20, 20);
        rect(to, 0, 0, 20, 20);
        to.drawPath(INK, null, 0);
        rect(from, 0, 0, 20, 20);
        from.drawPath("#dc2626", null, 0);
        from.clear();
        rect(from, 5, 5, 10, 10);
        from.drawPath("#dc2626", null, 0);

        to.copyBox(from, new int[] {4, 4, 12, 12});

        assertEquals(0xffdc2626, to.pixels()[6 * 20 + 6], "painted there in the other buffer");
        assertEquals(0, alpha(to, 11, 11), "cleared there in the other buffer");
        assertEquals(0xff1f2937, to.pixels()[2 * 20 + 2], "outside the box, as it was");
        assertThrows(IllegalArgumentException.class, () -> to.copyBox(new RasterSurface(10, 10), new int[] {0, 0, 1, 1}));
    }

    @Test
    void aBufferNeedsAtLeastOnePixel() {
        assertThrows(IllegalArgumentException.class, () -> new RasterSurface(0, 10));
    }
}
