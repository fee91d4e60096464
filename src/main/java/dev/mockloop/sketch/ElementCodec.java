package dev.mockloop.sketch;

import dev.mockloop.sketch.SketchJson.ElementJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Maps elements to and from their flat JSON form; see {@link SketchCodec} for the format. */
final class ElementCodec {

    private ElementCodec() {
    }

    static ElementJson toJson(Element element) {
        if (element instanceof Stroke s) {
            return new ElementJson(null, s.id(), "stroke", null, null, s.color(), s.width(), null, flat(s.points()),
                    null, null, null, null, null, null, null, null, null, null, null);
        }
        if (element instanceof Shape s) {
            Bounds b = s.box();
            return new ElementJson(null, s.id(), "shape", s.kind().jsonName(),
                    s.stencil() == null ? null : s.stencil().jsonName(), s.style().stroke(), s.style().width(),
                    s.style().fill(), null, b.minX(), b.minY(), b.width(), b.height(), null, null, null, null, null,
                    s.label().isEmpty() ? null : s.label(), s.fontSize());
        }
        Connector c = (Connector) element;
        return new ElementJson(null, c.id(), "connector", null, null, c.style().stroke(), c.style().width(), null,
                null, null, null, null, null, new double[] {c.start().x(), c.start().y()},
                new double[] {c.end().x(), c.end().y()}, c.heads().jsonName(),
                c.startShape() == 0 ? null : c.startShape(), c.endShape() == 0 ? null : c.endShape(),
                c.label().isEmpty() ? null : c.label(), null);
    }

    /**
     * @param where names the element in messages, e.g. "Element 3"
     * @param v1    whether it comes from a version 1 file (strokes only, no type)
     * @throws SketchFormatException if a field is missing or invalid
     */
    static Element fromJson(String where, ElementJson json, boolean v1) throws SketchFormatException {
        if (json == null) {
            throw new SketchFormatException(where + " is null");
        }
        if (json.id() == null) {
            throw new SketchFormatException(where + " has no \"id\"");
        }
        where += " (id " + json.id() + ")";
        String type = json.type() == null && v1 ? "stroke" : json.type();
        if (type == null) {
            throw new SketchFormatException(where + " has no \"type\"");
        }
        if (json.color() == null || json.width() == null) {
            throw new SketchFormatException(where + " needs \"color\" and \"width\"");
        }
        try {
            return switch (type) {
                case "stroke" -> stroke(where, json);
                case "shape" -> shape(where, json);
                case "connector" -> connector(where, json);
                default -> throw new SketchFormatException(where + " has unknown type \"" + type
                        + "\"; expected stroke, shape or connector");
            };
        } catch (IllegalArgumentException e) {
            throw new SketchFormatException(where + ": " + e.getMessage(), e);
        }
    }

    private static Stroke stroke(String where, ElementJson json) throws SketchFormatException {
        if (json.points() == null) {
            throw new SketchFormatException(where + " needs \"color\", \"width\" and \"points\"");
        }
        return new Stroke(json.id(), json.color(), json.width(), points(where, json.points()));
    }

    private static Shape shape(String where, ElementJson json) throws SketchFormatException {
        if (json.kind() == null || json.x() == null || json.y() == null || json.w() == null || json.h() == null) {
            throw new SketchFormatException(where + " needs \"kind\", \"x\", \"y\", \"w\" and \"h\"");
        }
        ShapeKind kind = named(ShapeKind.class, json.kind(), where, "kind");
        Stencil stencil = json.stencil() == null ? null : named(Stencil.class, json.stencil(), where, "stencil");
        double fontSize = json.fontSize() == null ? Shape.DEFAULT_FONT_SIZE : json.fontSize();
        return new Shape(json.id(), kind, Bounds.ofSize(json.x(), json.y(), json.w(), json.h()),
                new Style(json.color(), json.width(), json.fill()), text(json.label()), fontSize, stencil);
    }

    private static Connector connector(String where, ElementJson json) throws SketchFormatException {
        if (json.start() == null || json.end() == null || json.heads() == null) {
            throw new SketchFormatException(where + " needs \"start\", \"end\" and \"heads\"");
        }
        List<Point> start = points(where, json.start());
        List<Point> end = points(where, json.end());
        if (start.size() != 1 || end.size() != 1) {
            throw new SketchFormatException(where + ": \"start\" and \"end\" must each be one x, y pair");
        }
        return new Connector(json.id(), start.get(0), end.get(0), new Style(json.color(), json.width(), null),
                named(Arrowheads.class, json.heads(), where, "heads"), text(json.label()),
                json.startShape() == null ? 0 : json.startShape(), json.endShape() == null ? 0 : json.endShape());
    }

    private static String text(String label) {
        return label == null ? "" : label;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name, String where, String field)
            throws SketchFormatException {
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SketchFormatException(where + " has unknown " + field + " \"" + name + "\"");
        }
    }

    private static List<Point> points(String where, double[] flat) throws SketchFormatException {
        if (flat.length % 2 != 0) {
            throw new SketchFormatException(where + " has an odd number of coordinates (" + flat.length
                    + "); points must be x, y pairs");
        }
        List<Point> points = new ArrayList<>(flat.length / 2);
        for (int i = 0; i < flat.length; i += 2) {
            points.add(new Point(flat[i], flat[i + 1]));
        }
        return points;
    }

    private static double[] flat(List<Point> points) {
        double[] flat = new double[points.size() * 2];
        int i = 0;
        for (Point p : points) {
            flat[i++] = p.x();
            flat[i++] = p.y();
        }
        return flat;
    }
}
