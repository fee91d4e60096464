package dev.mockloop.sketch;

import java.util.Objects;

/**
 * A straight line or arrow between two points, with an optional label at its middle. Each
 * end may be attached to a {@link Shape}: the sketch then keeps that end on the shape's
 * outline, aimed at its centre, whenever either end's shape moves. Immutable.
 *
 * @param id         unique within its sketch; 0 on a template not yet added
 * @param start      the first end, px
 * @param end        the second end, px
 * @param style      line colour and width (fill is ignored)
 * @param heads      which ends carry arrowheads
 * @param label      text at the middle, "" for none
 * @param startShape id of the shape the start is attached to, 0 when free
 * @param endShape   id of the shape the end is attached to, 0 when free
 */
public record Connector(long id, Point start, Point end, Style style, Arrowheads heads, String label,
                        long startShape, long endShape) implements Element {

    /** Font size of connector labels, px. */
    public static final double LABEL_FONT_SIZE = 13;

    /** @throws NullPointerException if a point, the style, the heads or the label is null */
    public Connector {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(heads, "heads");
        Objects.requireNonNull(label, "label");
    }

    /** @return a free template (id 0) from {@code start} to {@code end} */
    public static Connector of(Point start, Point end, Style style, Arrowheads heads) {
        return new Connector(0, start, end, style, heads, "", 0, 0);
    }

    /** @return the length of an arrowhead drawn at this width, px */
    public static double headLength(double width) {
        return 8 + 2.5 * width;
    }

    /** @return the middle of the line, where the label sits, px */
    public Point middle() {
        return new Point((start.x() + end.x()) / 2, (start.y() + end.y()) / 2);
    }

    @Override
    public Bounds bounds() {
        double reach = style.width() / 2 + (heads == Arrowheads.NONE ? 0 : headLength(style.width()));
        Bounds line = Bounds.spanning(start.x(), start.y(), end.x(), end.y()).grow(reach);
        Point mid = middle();
        return Bounds.union(line, LabelExtent.around(mid.x(), mid.y(), label, LABEL_FONT_SIZE));
    }

    @Override
    public Bounds frame() {
        return Bounds.spanning(start.x(), start.y(), end.x(), end.y());
    }

    @Override
    public Connector withId(long newId) {
        return new Connector(newId, start, end, style, heads, label, startShape, endShape);
    }

    @Override
    public Connector translated(double dx, double dy) {
        return withEnds(new Point(start.x() + dx, start.y() + dy), new Point(end.x() + dx, end.y() + dy));
    }

    /** @return a copy with other end points (attachments kept) */
    public Connector withEnds(Point newStart, Point newEnd) {
        return new Connector(id, newStart, newEnd, style, heads, label, startShape, endShape);
    }

    /** @return a copy attached to other shapes (0 for a free end) */
    public Connector withAttachments(long newStartShape, long newEndShape) {
        return new Connector(id, start, end, style, heads, label, newStartShape, newEndShape);
    }

    /** @return a copy in another style */
    public Connector withStyle(Style newStyle) {
        return new Connector(id, start, end, newStyle, heads, label, startShape, endShape);
    }

    /** @return a copy with other arrowheads */
    public Connector withHeads(Arrowheads newHeads) {
        return new Connector(id, start, end, style, newHeads, label, startShape, endShape);
    }

    /** @return a copy with another label */
    public Connector withLabel(String newLabel) {
        return new Connector(id, start, end, style, heads, newLabel, startShape, endShape);
    }

    /** @return whether either end is attached to the shape with this id */
    public boolean attachedTo(long shapeId) {
        return shapeId != 0 && (startShape == shapeId || endShape == shapeId);
    }
}
