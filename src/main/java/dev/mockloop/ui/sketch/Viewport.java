package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Bounds;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * Which part of the infinite sketch plane the board shows: a zoom factor and the screen
 * position of the sketch origin. Screen px = sketch px × scale + offset. It starts at scale
 * 1, offset 0, so sketch px equal board px until the user pans or zooms. Offsets are kept
 * to whole screen px, so cached tiles land exactly on pixels.
 */
public final class Viewport {

    /** Smallest zoom factor (10 %). */
    public static final double MIN_SCALE = 0.1;
    /** Largest zoom factor (800 %). */
    public static final double MAX_SCALE = 8;

    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private double offsetX;
    private double offsetY;

    /** @return the zoom factor, screen px per sketch px */
    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    /** @return the zoom factor, screen px per sketch px */
    public double scale() {
        return scale.get();
    }

    /** @return screen x of the sketch origin, px */
    public double offsetX() {
        return offsetX;
    }

    /** @return screen y of the sketch origin, px */
    public double offsetY() {
        return offsetY;
    }

    /** @return a number that grows whenever the view moves or zooms */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** @return sketch x under screen x */
    public double toSketchX(double screenX) {
        return (screenX - offsetX) / scale();
    }

    /** @return sketch y under screen y */
    public double toSketchY(double screenY) {
        return (screenY - offsetY) / scale();
    }

    /** @return screen x of sketch x */
    public double toScreenX(double x) {
        return x * scale() + offsetX;
    }

    /** @return screen y of sketch y */
    public double toScreenY(double y) {
        return y * scale() + offsetY;
    }

    /** @return the part of the sketch a board of this size shows, sketch px */
    public Bounds visible(double widthPx, double heightPx) {
        return new Bounds(toSketchX(0), toSketchY(0), toSketchX(Math.max(0, widthPx)), toSketchY(Math.max(0, heightPx)));
    }

    /** Moves the view so the content slides by (dx, dy) screen px. */
    public void panBy(double dx, double dy) {
        if (dx != 0 || dy != 0) {
            offsetX = Math.round(offsetX + dx);
            offsetY = Math.round(offsetY + dy);
            changed();
        }
    }

    /**
     * Zooms by a factor, keeping the sketch point under (screenX, screenY) where it is.
     * The scale stays within {@link #MIN_SCALE} and {@link #MAX_SCALE}.
     */
    public void zoomAt(double factor, double screenX, double screenY) {
        setScaleAt(scale() * factor, screenX, screenY);
    }

    /** Sets the zoom factor (clamped), keeping the sketch point under (screenX, screenY) fixed. */
    public void setScaleAt(double newScale, double screenX, double screenY) {
        double clamped = Math.max(MIN_SCALE, Math.min(MAX_SCALE, newScale));
        if (clamped == scale()) {
            return;
        }
        double x = toSketchX(screenX);
        double y = toSketchY(screenY);
        scale.set(clamped);
        offsetX = Math.round(screenX - x * clamped);
        offsetY = Math.round(screenY - y * clamped);
        changed();
    }

    /**
     * Zooms and pans so {@code content} fills a board of the given size with a margin,
     * never zooming in past 100 %.
     *
     * @param marginPx space left on every side, screen px
     */
    public void fit(Bounds content, double widthPx, double heightPx, double marginPx) {
        double w = Math.max(1, widthPx - 2 * marginPx);
        double h = Math.max(1, heightPx - 2 * marginPx);
        double s = Math.min(1, Math.min(w / Math.max(1, content.width()), h / Math.max(1, content.height())));
        s = Math.max(MIN_SCALE, s);
        scale.set(s);
        offsetX = Math.round(widthPx / 2 - content.centerX() * s);
        offsetY = Math.round(heightPx / 2 - content.centerY() * s);
        changed();
    }

    /** Back to 100 % with the sketch origin at the board's top-left. */
    public void reset() {
        scale.set(1);
        offsetX = 0;
        offsetY = 0;
        changed();
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }
}
