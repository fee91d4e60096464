package dev.mockloop.sketch;

import java.util.Objects;

/**
 * A box-based element: rectangle, rounded box, ellipse, cylinder or free text, perhaps a
 * system-design {@link Stencil}, with a label centred in it (left-aligned for text). Immutable.
 *
 * @param id       unique within its sketch; 0 on a template not yet added
 * @param kind     the outline
 * @param box      the box the outline fills, px
 * @param style    outline colour and width (also the label's colour), fill
 * @param label    the text shown; "" for none; may hold line breaks. Never empty for {@link ShapeKind#TEXT}
 * @param fontSize the label's font size, px (above 0)
 * @param stencil  the stencil it was made from, or null
 */
public record Shape(long id, ShapeKind kind, Bounds box, Style style, String label, double fontSize,
                    Stencil stencil) implements Element {

    /** Label size of shapes and stencils, px. */
    public static final double DEFAULT_FONT_SIZE = 14;
    /** Size of free text labels, px. */
    public static final double TEXT_FONT_SIZE = 18;

    /**
     * @throws NullPointerException     if the kind, box, style or label is null
     * @throws IllegalArgumentException if the font size is not above 0, or a text shape has a blank label
     */
    public Shape {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(label, "label");
        Colors.checkWidth(fontSize, "font size");
        if (kind == ShapeKind.TEXT && label.isBlank()) {
            throw new IllegalArgumentException("a text label needs some text");
        }
    }

    /** @return a plain shape template (id 0) with no label or stencil */
    public static Shape of(ShapeKind kind, Bounds box, Style style) {
        return new Shape(0, kind, box, style, "", DEFAULT_FONT_SIZE, null);
    }

    /** @return a free text template (id 0) whose box (measured by the caller) starts at its top-left */
    public static Shape text(Bounds box, String text, String color, double fontSize) {
        return new Shape(0, ShapeKind.TEXT, box, new Style(color, 1, null), text, fontSize, null);
    }

    @Override
    public Bounds bounds() {
        Bounds ink = kind == ShapeKind.TEXT ? box : box.grow(style.width() / 2);
        return Bounds.union(ink, LabelExtent.around(box.centerX(), box.centerY(), label, fontSize));
    }

    @Override
    public Bounds frame() {
        return box;
    }

    @Override
    public Shape withId(long newId) {
        return new Shape(newId, kind, box, style, label, fontSize, stencil);
    }

    @Override
    public Shape translated(double dx, double dy) {
        return withBox(box.translate(dx, dy));
    }

    /** @return a copy filling another box */
    public Shape withBox(Bounds newBox) {
        return new Shape(id, kind, newBox, style, label, fontSize, stencil);
    }

    /** @return a copy drawn in another style */
    public Shape withStyle(Style newStyle) {
        return new Shape(id, kind, box, newStyle, label, fontSize, stencil);
    }

    /** @return a copy with another label */
    public Shape withLabel(String newLabel) {
        return new Shape(id, kind, box, style, newLabel, fontSize, stencil);
    }
}
