package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Colors;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The pad's current style: ink colour, line width and fill for new elements. Each setter
 * also tells the pad which part changed, so it can restyle the selection.
 */
public final class PadStyle {

    /** Line width a new pad starts with, px. */
    public static final double DEFAULT_PEN_WIDTH_PX = 2.5;
    /** The ink swatches, {@code #rrggbb}; the first is the default ink. */
    public static final List<String> PALETTE = List.of("#1f2937", "#2563eb", "#dc2626", "#16a34a", "#9333ea");
    /** The fill swatches, {@code #rrggbb}, light enough for dark labels. */
    public static final List<String> FILLS = List.of("#dbeafe", "#dcfce7", "#fef3c7", "#fee2e2", "#f3e8ff");
    /** The line widths on offer, px: thin, medium, bold. */
    public static final List<Double> WIDTHS = List.of(1.5, 2.5, 4.0);

    /** Which part of the style changed. */
    enum Part { COLOR, WIDTH, FILL }

    private final ReadOnlyStringWrapper color = new ReadOnlyStringWrapper(this, "color", PALETTE.get(0));
    private final ReadOnlyDoubleWrapper penWidth = new ReadOnlyDoubleWrapper(this, "penWidth", DEFAULT_PEN_WIDTH_PX);
    private final ReadOnlyObjectWrapper<String> fill = new ReadOnlyObjectWrapper<>(this, "fill");
    private final Consumer<Part> changed;

    PadStyle(Consumer<Part> changed) {
        this.changed = changed;
    }

    /** @return the ink colour for new elements, {@code #rrggbb} */
    public ReadOnlyStringProperty colorProperty() {
        return color.getReadOnlyProperty();
    }

    /**
     * Sets the ink colour for new elements, and recolours the selection (one undo step).
     *
     * @throws IllegalArgumentException if it is not {@code #rrggbb}
     */
    public void setColor(String hex) {
        if (!Colors.isValid(hex)) {
            throw new IllegalArgumentException("pen colour must be #rrggbb, got \"" + hex + "\"");
        }
        color.set(hex.toLowerCase(Locale.ROOT));
        changed.accept(Part.COLOR);
    }

    /** @return the line width for new elements, px */
    public ReadOnlyDoubleProperty penWidthProperty() {
        return penWidth.getReadOnlyProperty();
    }

    /**
     * Sets the line width for new elements, and for the selection (one undo step).
     *
     * @param px width, px
     * @throws IllegalArgumentException if it is not a positive finite number
     */
    public void setPenWidth(double px) {
        if (!Double.isFinite(px) || px <= 0) {
            throw new IllegalArgumentException("pen width must be a positive number of px, got " + px);
        }
        penWidth.set(px);
        changed.accept(Part.WIDTH);
    }

    /** @return the fill for new shapes, {@code #rrggbb}, or null for none */
    public ReadOnlyObjectProperty<String> fillProperty() {
        return fill.getReadOnlyProperty();
    }

    /**
     * Sets the fill for new shapes, and for the selected shapes (one undo step).
     *
     * @param hex {@code #rrggbb}, or null for no fill
     * @throws IllegalArgumentException if it is neither
     */
    public void setFill(String hex) {
        if (hex != null && !Colors.isValid(hex)) {
            throw new IllegalArgumentException("fill must be #rrggbb or none, got \"" + hex + "\"");
        }
        fill.set(hex == null ? null : hex.toLowerCase(Locale.ROOT));
        changed.accept(Part.FILL);
    }

    /** @return a style for a new shape or connector in the current ink, width and fill */
    dev.mockloop.sketch.Style toStyle() {
        return new dev.mockloop.sketch.Style(color.get(), penWidth.get(), fill.get());
    }
}
