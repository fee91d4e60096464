package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Point;
import dev.mockloop.sketch.Sketch;
import dev.mockloop.sketch.Stroke;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The sketch pad's state and actions (its ViewModel): the current tool and pen, whether
 * undo, redo and clear can act, and the pointer gestures that turn into sketch edits.
 * Views bind to the read-only properties and call the action methods; this class draws
 * nothing. Properties follow the sketch through its listener. Use on the FX thread.
 */
public final class SketchPadModel {

    /** Eraser radius, px. */
    public static final double ERASER_RADIUS_PX = 8;
    /** Pen width a new pad starts with, px. */
    public static final double DEFAULT_PEN_WIDTH_PX = 2.5;
    /** The swatch colours, {@code #rrggbb}; the first is the default ink. */
    public static final List<String> PALETTE = List.of("#1f2937", "#2563eb", "#dc2626", "#16a34a");

    private final Sketch sketch;
    private final Runnable sketchListener = this::sync;
    private final ObjectProperty<SketchTool> tool = new SimpleObjectProperty<>(this, "tool", SketchTool.PEN);
    private final ReadOnlyStringWrapper color = new ReadOnlyStringWrapper(this, "color", PALETTE.get(0));
    private final ReadOnlyDoubleWrapper penWidth = new ReadOnlyDoubleWrapper(this, "penWidth", DEFAULT_PEN_WIDTH_PX);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");

    private SketchTool gestureTool;
    private LiveStroke live;
    private Point lastErasePoint;

    /** Wraps the sketch and starts following its changes; call {@link #dispose()} to stop. */
    public SketchPadModel(Sketch sketch) {
        this.sketch = Objects.requireNonNull(sketch, "sketch");
        sketch.addListener(sketchListener);
        sync();
    }

    /** @return the sketch this pad edits */
    public Sketch sketch() {
        return sketch;
    }

    /** @return the tool a new gesture uses; a gesture under way keeps the tool it began with */
    public ObjectProperty<SketchTool> toolProperty() {
        return tool;
    }

    /** @return the pen colour for new strokes, {@code #rrggbb} */
    public ReadOnlyStringProperty colorProperty() {
        return color.getReadOnlyProperty();
    }

    /**
     * Sets the pen colour for new strokes.
     *
     * @throws IllegalArgumentException if it is not {@code #rrggbb}
     */
    public void setColor(String hex) {
        if (!Stroke.isValidColor(hex)) {
            throw new IllegalArgumentException("pen colour must be #rrggbb, got \"" + hex + "\"");
        }
        color.set(hex.toLowerCase(Locale.ROOT));
    }

    /** @return the pen width for new strokes, px */
    public ReadOnlyDoubleProperty penWidthProperty() {
        return penWidth.getReadOnlyProperty();
    }

    /**
     * Sets the pen width for new strokes.
     *
     * @param px width, px
     * @throws IllegalArgumentException if it is not a positive finite number
     */
    public void setPenWidth(double px) {
        if (!Double.isFinite(px) || px <= 0) {
            throw new IllegalArgumentException("pen width must be a positive number of px, got " + px);
        }
        penWidth.set(px);
    }

    /** @return whether there is an edit to undo */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** @return whether there is an undone edit to redo */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** @return whether the sketch has no strokes (nothing to clear or export) */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** @return the sketch's {@link Sketch#revision()}, changing after every edit, undo and redo */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Undoes the last edit, if any. */
    public void undo() {
        sketch.undo();
    }

    /** Redoes the last undone edit, if any. */
    public void redo() {
        sketch.redo();
    }

    /** Removes every stroke, as one undoable edit. */
    public void clear() {
        sketch.clear();
    }

    /** @return the stroke being drawn, or null when the pen is up */
    public LiveStroke liveStroke() {
        return live;
    }

    /**
     * Starts a gesture at a point with the current tool: the pen starts a live stroke, the
     * eraser erases there. Ends any gesture still open.
     *
     * @param x sketch px
     * @param y sketch px
     */
    public void press(double x, double y) {
        finishGesture();
        Point p = new Point(x, y);
        gestureTool = tool.get();
        if (gestureTool == SketchTool.PEN) {
            live = new LiveStroke(color.get(), penWidth.get(), p);
        } else {
            // Everything one drag erases undoes in one step.
            sketch.beginGroup();
            lastErasePoint = p;
            sketch.eraseAt(x, y, ERASER_RADIUS_PX);
        }
    }

    /**
     * Continues the gesture: the pen collects the point, the eraser erases along the way
     * from the last point (so a fast drag does not skip strokes). Ignored with no gesture.
     *
     * @return whether the live stroke gained a segment, which the view may draw at once
     */
    public boolean drag(double x, double y) {
        if (gestureTool == SketchTool.PEN) {
            return live.add(new Point(x, y));
        }
        if (gestureTool == SketchTool.ERASER) {
            eraseAlong(lastErasePoint, new Point(x, y));
        }
        return false;
    }

    /** Ends the gesture at a point: the pen commits its stroke as one edit. */
    public void release(double x, double y) {
        drag(x, y);
        finishGesture();
    }

    /** Stops following the sketch; the pad is no longer usable afterwards. */
    public void dispose() {
        sketch.removeListener(sketchListener);
    }

    private void finishGesture() {
        if (gestureTool == SketchTool.PEN) {
            LiveStroke done = live;
            live = null;
            gestureTool = null;
            sketch.addStroke(done.color(), done.width(), done.points());
        } else if (gestureTool == SketchTool.ERASER) {
            gestureTool = null;
            lastErasePoint = null;
            sketch.endGroup();
        }
    }

    private void eraseAlong(Point from, Point to) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double step = ERASER_RADIUS_PX / 2;
        int steps = Math.max(1, (int) Math.ceil(Math.hypot(dx, dy) / step));
        for (int i = 1; i <= steps; i++) {
            double t = (double) i / steps;
            sketch.eraseAt(from.x() + t * dx, from.y() + t * dy, ERASER_RADIUS_PX);
        }
        lastErasePoint = to;
    }

    private void sync() {
        canUndo.set(sketch.canUndo());
        canRedo.set(sketch.canRedo());
        empty.set(sketch.isEmpty());
        revision.set(sketch.revision());
    }
}
