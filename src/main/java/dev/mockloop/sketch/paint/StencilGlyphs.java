package dev.mockloop.sketch.paint;

import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Stencil;

/**
 * The small sign in a stencil's top-left corner (a monitor for a client, a fan-out for a
 * load balancer, and so on), 14 px square, in the shape's ink; left out when the box is too
 * small to hold it beside the label. A queue also gets message slots along its right end.
 */
final class StencilGlyphs {

    /** Glyph size, px. */
    static final double SIZE = 14;
    private static final double LINE = 1.5;

    private StencilGlyphs() {
    }

    static void paint(Surface s, Stencil stencil, Bounds box, String ink) {
        if (stencil == Stencil.QUEUE && box.width() > 60) {
            for (int i = 1; i <= 3; i++) {
                double x = box.maxX() - 8 * i - 2;
                s.beginPath();
                s.moveTo(x, box.minY() + 6);
                s.lineTo(x, box.maxY() - 6);
                s.drawPath(null, ink, LINE);
            }
        }
        if (box.width() < 70 || box.height() < 40) {
            return;
        }
        double inset = stencil.kind() == dev.mockloop.sketch.ShapeKind.ELLIPSE ? box.width() * 0.15 : 8;
        double x = box.minX() + inset;
        double y = box.minY() + (stencil.kind() == dev.mockloop.sketch.ShapeKind.CYLINDER
                ? ElementPainter.cylinderLid(box) + 4 : stencil.kind() == dev.mockloop.sketch.ShapeKind.ELLIPSE
                ? box.height() * 0.2 : 7);
        s.beginPath();
        switch (stencil) {
            case CLIENT -> {
                ElementPainter.rect(s, Bounds.ofSize(x, y, 14, 10));
                s.moveTo(x + 7, y + 10);
                s.lineTo(x + 7, y + 13);
                s.moveTo(x + 3, y + 13.5);
                s.lineTo(x + 11, y + 13.5);
                s.drawPath(null, ink, LINE);
            }
            case LOAD_BALANCER -> {
                // One line in, fanned out to three targets (dots).
                s.moveTo(x, y + 7);
                s.lineTo(x + 4, y + 7);
                for (double ty : new double[] {1.5, 7, 12.5}) {
                    s.moveTo(x + 4, y + 7);
                    s.lineTo(x + 10.5, y + ty);
                }
                s.drawPath(null, ink, LINE);
                s.beginPath();
                for (double ty : new double[] {1.5, 7, 12.5}) {
                    ElementPainter.ellipse(s, x + 12.2, y + ty, 1.9, 1.9);
                }
                s.drawPath(ink, null, 0);
            }
            case SERVICE -> {
                s.moveTo(x + 4, y + 2);
                s.lineTo(x, y + 7);
                s.lineTo(x + 4, y + 12);
                s.moveTo(x + 10, y + 2);
                s.lineTo(x + 14, y + 7);
                s.lineTo(x + 10, y + 12);
                s.drawPath(null, ink, LINE);
            }
            case DATABASE -> {
                for (double ty : new double[] {3, 7, 11}) {
                    s.moveTo(x, y + ty);
                    s.lineTo(x + 14, y + ty);
                }
                s.drawPath(null, ink, LINE);
            }
            case CACHE -> {
                s.moveTo(x + 9, y);
                s.lineTo(x + 2, y + 8);
                s.lineTo(x + 7, y + 8);
                s.lineTo(x + 5, y + 14);
                s.lineTo(x + 12, y + 5.5);
                s.lineTo(x + 7.5, y + 5.5);
                s.closePath();
                s.drawPath(ink, null, 0);
            }
            case QUEUE -> {
                s.moveTo(x, y + 7);
                s.lineTo(x + 12, y + 7);
                s.moveTo(x + 8, y + 3);
                s.lineTo(x + 12, y + 7);
                s.lineTo(x + 8, y + 11);
                s.drawPath(null, ink, LINE);
            }
            case CDN -> {
                ElementPainter.ellipse(s, x + 7, y + 7, 7, 7);
                ElementPainter.ellipse(s, x + 7, y + 7, 3, 7);
                s.moveTo(x, y + 7);
                s.lineTo(x + 14, y + 7);
                s.drawPath(null, ink, LINE);
            }
            case OBJECT_STORE -> {
                s.moveTo(x + 1, y + 3);
                s.lineTo(x + 13, y + 3);
                s.lineTo(x + 11, y + 14);
                s.lineTo(x + 3, y + 14);
                s.closePath();
                s.moveTo(x + 4, y + 3);
                s.quadTo(x + 7, y - 2, x + 10, y + 3);
                s.drawPath(null, ink, LINE);
            }
        }
    }
}
