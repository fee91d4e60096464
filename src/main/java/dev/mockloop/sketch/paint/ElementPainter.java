package dev.mockloop.sketch.paint;

import dev.mockloop.sketch.Arrowheads;
import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Connector;
import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.LabelExtent;
import dev.mockloop.sketch.Point;
import dev.mockloop.sketch.Shape;
import dev.mockloop.sketch.ShapeKind;
import dev.mockloop.sketch.Stroke;
import java.util.List;

/**
 * The one place that decides how each element looks, painted on any {@link Surface}:
 * strokes smoothed with quadratic curves through their segments' midpoints, shapes with
 * fill, outline, stencil glyph and centred label, connectors with filled arrowheads and a
 * label on a patch of board colour. Stateless.
 */
public final class ElementPainter {

    /** The board's colour, behind connector labels. */
    public static final String BOARD = "#ffffff";
    /** Magic number for quarter circles as cubic Béziers. */
    static final double KAPPA = 0.5522847498;

    private ElementPainter() {
    }

    /** Paints a list of elements, bottom first. */
    public static void paintAll(Surface s, List<? extends Element> elements) {
        for (Element e : elements) {
            paint(s, e);
        }
    }

    /** Paints one element. */
    public static void paint(Surface s, Element element) {
        if (element instanceof Stroke stroke) {
            paintStroke(s, stroke.color(), stroke.width(), stroke.points());
        } else if (element instanceof Shape shape) {
            paintShape(s, shape);
        } else {
            paintConnector(s, (Connector) element);
        }
    }

    /**
     * Paints a freehand line, smoothed: a quadratic curve through each segment's midpoint
     * with the vertex as control point; one point is a dot of diameter {@code width}.
     */
    public static void paintStroke(Surface s, String color, double width, List<Point> points) {
        if (points.isEmpty()) {
            return;
        }
        Point first = points.get(0);
        s.beginPath();
        if (points.size() == 1) {
            ellipse(s, first.x(), first.y(), width / 2, width / 2);
            s.drawPath(color, null, 0);
            return;
        }
        s.moveTo(first.x(), first.y());
        int n = points.size();
        for (int i = 1; i < n - 1; i++) {
            Point p = points.get(i);
            Point q = points.get(i + 1);
            s.quadTo(p.x(), p.y(), (p.x() + q.x()) / 2, (p.y() + q.y()) / 2);
        }
        Point last = points.get(n - 1);
        s.lineTo(last.x(), last.y());
        s.drawPath(null, color, width);
    }

    /** Paints a shape: outline and fill for its kind, stencil glyph, label. */
    public static void paintShape(Surface s, Shape shape) {
        Bounds b = shape.box();
        String ink = shape.style().stroke();
        double w = shape.style().width();
        String fill = shape.style().fill();
        switch (shape.kind()) {
            case RECTANGLE -> {
                s.beginPath();
                rect(s, b);
                s.drawPath(fill, ink, w);
            }
            case ROUNDED_BOX -> {
                s.beginPath();
                roundedRect(s, b, Math.min(14, Math.min(b.width(), b.height()) / 4));
                s.drawPath(fill, ink, w);
            }
            case ELLIPSE -> {
                s.beginPath();
                ellipse(s, b.centerX(), b.centerY(), b.width() / 2, b.height() / 2);
                s.drawPath(fill, ink, w);
            }
            case CYLINDER -> cylinder(s, b, fill, ink, w);
            case TEXT -> { }
        }
        if (shape.stencil() != null) {
            StencilGlyphs.paint(s, shape.stencil(), b, ink);
        }
        paintLabel(s, shape);
    }

    private static void paintLabel(Surface s, Shape shape) {
        if (shape.label().isEmpty()) {
            return;
        }
        Bounds b = shape.box();
        String[] lines = shape.label().split("\n", -1);
        double lineHeight = shape.fontSize() * LabelExtent.LINE_HEIGHT;
        boolean text = shape.kind() == ShapeKind.TEXT;
        double cy = shape.kind() == ShapeKind.CYLINDER ? b.centerY() + cylinderLid(b) / 2 : b.centerY();
        double top = text ? b.minY() + lineHeight / 2 : cy - (lines.length - 1) * lineHeight / 2;
        for (int i = 0; i < lines.length; i++) {
            s.text(lines[i], text ? b.minX() : b.centerX(), top + i * lineHeight, shape.fontSize(), !text,
                    shape.style().stroke());
        }
    }

    /** Paints a line or arrow with its heads and label. */
    public static void paintConnector(Surface s, Connector c) {
        double w = c.style().width();
        String ink = c.style().stroke();
        double dx = c.end().x() - c.start().x();
        double dy = c.end().y() - c.start().y();
        double len = Math.hypot(dx, dy);
        double head = Math.min(Connector.headLength(w), len * 0.45);
        double ux = len == 0 ? 0 : dx / len;
        double uy = len == 0 ? 0 : dy / len;
        boolean atStart = c.heads() == Arrowheads.BOTH;
        boolean atEnd = c.heads() != Arrowheads.NONE;
        // Stop the line inside each head so its round cap does not poke through the tip.
        double trimStart = atStart ? head * 0.6 : 0;
        double trimEnd = atEnd ? head * 0.6 : 0;
        s.beginPath();
        s.moveTo(c.start().x() + ux * trimStart, c.start().y() + uy * trimStart);
        s.lineTo(c.end().x() - ux * trimEnd, c.end().y() - uy * trimEnd);
        s.drawPath(null, ink, w);
        if (atEnd && len > 0) {
            arrowhead(s, c.end(), ux, uy, head, ink);
        }
        if (atStart && len > 0) {
            arrowhead(s, c.start(), -ux, -uy, head, ink);
        }
        if (!c.label().isEmpty()) {
            Point mid = c.middle();
            String[] lines = c.label().split("\n", -1);
            double size = Connector.LABEL_FONT_SIZE;
            double lineHeight = size * LabelExtent.LINE_HEIGHT;
            int longest = 0;
            for (String line : lines) {
                longest = Math.max(longest, line.length());
            }
            double halfW = longest * size * 0.3 + 4;
            double halfH = lines.length * lineHeight / 2 + 1;
            s.beginPath();
            roundedRect(s, new Bounds(mid.x() - halfW, mid.y() - halfH, mid.x() + halfW, mid.y() + halfH), 4);
            s.drawPath(BOARD, null, 0);
            double top = mid.y() - (lines.length - 1) * lineHeight / 2;
            for (int i = 0; i < lines.length; i++) {
                s.text(lines[i], mid.x(), top + i * lineHeight, size, true, ink);
            }
        }
    }

    private static void arrowhead(Surface s, Point tip, double ux, double uy, double length, String ink) {
        double half = length * 0.42;
        double bx = tip.x() - ux * length;
        double by = tip.y() - uy * length;
        s.beginPath();
        s.moveTo(tip.x(), tip.y());
        s.lineTo(bx - uy * half, by + ux * half);
        s.lineTo(bx + uy * half, by - ux * half);
        s.closePath();
        s.drawPath(ink, ink, 1);
    }

    /** The height of a cylinder's lid ellipse, px. */
    static double cylinderLid(Bounds b) {
        return Math.min(b.height() / 3, Math.max(8, b.width() / 5));
    }

    private static void cylinder(Surface s, Bounds b, String fill, String ink, double w) {
        double ry = cylinderLid(b) / 2;
        double rx = b.width() / 2;
        double cx = b.centerX();
        double top = b.minY() + ry;
        double bottom = b.maxY() - ry;
        s.beginPath();
        s.moveTo(b.minX(), top);
        s.lineTo(b.minX(), bottom);
        halfEllipse(s, cx, bottom, rx, ry, true);
        s.lineTo(b.maxX(), top);
        halfEllipse(s, cx, top, rx, ry, false);
        s.closePath();
        s.drawPath(fill, ink, w);
        s.beginPath();
        s.moveTo(b.minX(), top);
        halfEllipse(s, cx, top, rx, ry, true);
        s.drawPath(null, ink, w);
    }

    /**
     * Half an ellipse from its left end to its right end through the bottom ({@code lower}),
     * or from its right end to its left end through the top.
     */
    static void halfEllipse(Surface s, double cx, double cy, double rx, double ry, boolean lower) {
        double kx = rx * KAPPA;
        double ky = ry * KAPPA;
        if (lower) {
            s.curveTo(cx - rx, cy + ky, cx - kx, cy + ry, cx, cy + ry);
            s.curveTo(cx + kx, cy + ry, cx + rx, cy + ky, cx + rx, cy);
        } else {
            s.curveTo(cx + rx, cy - ky, cx + kx, cy - ry, cx, cy - ry);
            s.curveTo(cx - kx, cy - ry, cx - rx, cy - ky, cx - rx, cy);
        }
    }

    static void ellipse(Surface s, double cx, double cy, double rx, double ry) {
        s.moveTo(cx - rx, cy);
        halfEllipse(s, cx, cy, rx, ry, true);
        halfEllipse(s, cx, cy, rx, ry, false);
        s.closePath();
    }

    static void rect(Surface s, Bounds b) {
        s.moveTo(b.minX(), b.minY());
        s.lineTo(b.maxX(), b.minY());
        s.lineTo(b.maxX(), b.maxY());
        s.lineTo(b.minX(), b.maxY());
        s.closePath();
    }

    static void roundedRect(Surface s, Bounds b, double r) {
        double k = r * (1 - KAPPA);
        s.moveTo(b.minX() + r, b.minY());
        s.lineTo(b.maxX() - r, b.minY());
        s.curveTo(b.maxX() - k, b.minY(), b.maxX(), b.minY() + k, b.maxX(), b.minY() + r);
        s.lineTo(b.maxX(), b.maxY() - r);
        s.curveTo(b.maxX(), b.maxY() - k, b.maxX() - k, b.maxY(), b.maxX() - r, b.maxY());
        s.lineTo(b.minX() + r, b.maxY());
        s.curveTo(b.minX() + k, b.maxY(), b.minX(), b.maxY() - k, b.minX(), b.maxY() - r);
        s.lineTo(b.minX(), b.minY() + r);
        s.curveTo(b.minX(), b.minY() + k, b.minX() + k, b.minY(), b.minX() + r, b.minY());
        s.closePath();
    }
}
