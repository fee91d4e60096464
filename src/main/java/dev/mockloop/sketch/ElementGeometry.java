package dev.mockloop.sketch;

/** Hit testing of every element kind; pure functions over sketch coordinates (px). */
final class ElementGeometry {

    private ElementGeometry() {
    }

    /**
     * Whether the element's visible ink comes within {@code radius} of (x, y): a stroke's
     * line, a shape's outline or fill, a text's box, a connector's line or label.
     */
    static boolean inkHit(Element element, double x, double y, double radius) {
        if (!element.bounds().grow(radius).contains(x, y)) {
            return false;
        }
        if (element instanceof Stroke stroke) {
            return StrokeGeometry.touches(stroke, x, y, radius);
        }
        if (element instanceof Shape shape) {
            if (shape.kind() == ShapeKind.TEXT || shape.style().fill() != null) {
                return insideArea(shape, x, y, radius);
            }
            return outlineDistance(shape, x, y) <= radius + shape.style().width() / 2;
        }
        Connector c = (Connector) element;
        double reach = radius + c.style().width() / 2;
        if (StrokeGeometry.segmentDistanceSq(x, y, c.start().x(), c.start().y(), c.end().x(), c.end().y())
                <= reach * reach) {
            return true;
        }
        Point mid = c.middle();
        Bounds label = LabelExtent.around(mid.x(), mid.y(), c.label(), Connector.LABEL_FONT_SIZE);
        return label != null && label.contains(x, y);
    }

    /**
     * The element a click at (x, y) picks: the topmost whose ink is within {@code tolerance}
     * px; failing that, the smallest shape the point is inside.
     */
    static java.util.Optional<Element> pick(java.util.List<Element> all, double x, double y, double tolerance) {
        for (int i = all.size() - 1; i >= 0; i--) {
            if (inkHit(all.get(i), x, y, tolerance)) {
                return java.util.Optional.of(all.get(i));
            }
        }
        Shape best = null;
        for (Element e : all) {
            if (e instanceof Shape s && insideArea(s, x, y, 0) && (best == null || area(s) < area(best))) {
                best = s;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    private static double area(Shape s) {
        return s.box().width() * s.box().height();
    }

    /** Whether (x, y) lies inside the shape's outline grown by {@code radius} px. */
    static boolean insideArea(Shape shape, double x, double y, double radius) {
        Bounds box = shape.box().grow(radius);
        if (shape.kind() != ShapeKind.ELLIPSE) {
            return box.contains(x, y);
        }
        double hw = Math.max(box.width() / 2, 1e-9);
        double hh = Math.max(box.height() / 2, 1e-9);
        double nx = (x - box.centerX()) / hw;
        double ny = (y - box.centerY()) / hh;
        return nx * nx + ny * ny <= 1;
    }

    /** Approximate distance from (x, y) to the shape's outline, px. */
    static double outlineDistance(Shape shape, double x, double y) {
        Bounds box = shape.box();
        if (shape.kind() == ShapeKind.ELLIPSE) {
            double hw = Math.max(box.width() / 2, 1e-9);
            double hh = Math.max(box.height() / 2, 1e-9);
            double dx = x - box.centerX();
            double dy = y - box.centerY();
            double r = Math.hypot(dx, dy);
            if (r == 0) {
                return Math.min(hw, hh);
            }
            double d = Math.sqrt((dx / hw) * (dx / hw) + (dy / hh) * (dy / hh));
            return Math.abs(r - r / d);
        }
        double outsideX = Math.max(Math.max(box.minX() - x, x - box.maxX()), 0);
        double outsideY = Math.max(Math.max(box.minY() - y, y - box.maxY()), 0);
        if (outsideX > 0 || outsideY > 0) {
            return Math.hypot(outsideX, outsideY);
        }
        return Math.min(Math.min(x - box.minX(), box.maxX() - x), Math.min(y - box.minY(), box.maxY() - y));
    }

    /**
     * Where a line from {@code toward} to the shape's centre crosses its outline, pushed
     * {@code gap} px further out; the centre itself when {@code toward} is the centre.
     */
    static Point outlinePoint(Shape shape, Point toward, double gap) {
        Bounds box = shape.box();
        double cx = box.centerX();
        double cy = box.centerY();
        double dx = toward.x() - cx;
        double dy = toward.y() - cy;
        double len = Math.hypot(dx, dy);
        if (len < 1e-9) {
            return new Point(cx, cy);
        }
        double hw = Math.max(box.width() / 2, 1e-9);
        double hh = Math.max(box.height() / 2, 1e-9);
        double t;
        if (shape.kind() == ShapeKind.ELLIPSE) {
            t = 1 / Math.sqrt((dx / hw) * (dx / hw) + (dy / hh) * (dy / hh));
        } else {
            double tx = dx == 0 ? Double.POSITIVE_INFINITY : hw / Math.abs(dx);
            double ty = dy == 0 ? Double.POSITIVE_INFINITY : hh / Math.abs(dy);
            t = Math.min(tx, ty);
        }
        t += gap / len;
        return new Point(cx + dx * t, cy + dy * t);
    }
}
