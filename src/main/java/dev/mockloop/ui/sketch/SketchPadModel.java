package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.Sketch;
import dev.mockloop.sketch.SketchChange;
import dev.mockloop.sketch.Stencil;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The sketch pad's state and actions (its ViewModel): tool and style, selection, view,
 * label editing, and the pointer gestures that become sketch edits. Views bind to the
 * read-only properties and call the action methods; this class draws nothing. Pointer
 * coordinates are sketch px (the board converts through the {@link Viewport}); screen-space
 * tolerances are divided by the zoom. Use on the FX thread.
 *
 * <p>Selection, clipboard and style actions are in {@link PadEditing} ({@link #editing()}).
 */
public final class SketchPadModel {

    /** Eraser radius, screen px. */
    public static final double ERASER_RADIUS_PX = 8;
    /** How near the pointer must be to pick ink or a handle, screen px. */
    public static final double HIT_TOLERANCE_PX = 5;
    /** How near an edge or centre must be to snap to it, screen px. */
    public static final double SNAP_TOLERANCE_PX = 6;
    /** Grid spacing, sketch px. */
    public static final double GRID_PX = 20;

    private final Sketch sketch;
    private final TextMeasurer measurer;
    private final Viewport viewport = new Viewport();
    private final Consumer<SketchChange> sketchListener = change -> sync();
    private final ObjectProperty<SketchTool> tool = new SimpleObjectProperty<>(this, "tool", SketchTool.PEN);
    private final ObjectProperty<Stencil> stencil = new SimpleObjectProperty<>(this, "stencil", Stencil.SERVICE);
    private final PadStyle style;
    private final BooleanProperty grid = new SimpleBooleanProperty(this, "grid");
    private final BooleanProperty snapToShapes = new SimpleBooleanProperty(this, "snapToShapes", true);
    private final ObservableSet<Long> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty");
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper(this, "hasSelection");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>(this, "preview", Preview.NONE);
    private final ReadOnlyObjectWrapper<LabelEdit> labelEdit = new ReadOnlyObjectWrapper<>(this, "labelEdit");
    private final PadEditing editing;
    private final PadView view = new PadView(viewport);
    private final GestureRun gestures = new GestureRun(this);

    /** Wraps the sketch with a font-free text measure (for tests); see the other constructor. */
    public SketchPadModel(Sketch sketch) {
        this(sketch, TextMeasurer.ESTIMATE);
    }

    /**
     * Wraps the sketch and starts following its changes; call {@link #dispose()} to stop.
     *
     * @param measurer sizes free text labels
     */
    public SketchPadModel(Sketch sketch, TextMeasurer measurer) {
        this.sketch = Objects.requireNonNull(sketch, "sketch");
        this.measurer = Objects.requireNonNull(measurer, "measurer");
        this.editing = new PadEditing(this);
        this.style = new PadStyle(editing::restyleSelection);
        sketch.addChangeListener(sketchListener);
        selection.addListener((javafx.collections.SetChangeListener<Long>) c -> hasSelection.set(!selection.isEmpty()));
        sync();
    }

    // ----- state

    /** @return the sketch this pad edits */
    public Sketch sketch() {
        return sketch;
    }

    /** @return the part of the sketch the board shows */
    public Viewport viewport() {
        return viewport;
    }

    /** @return selection, clipboard and style actions */
    public PadEditing editing() {
        return editing;
    }

    /** @return the tool a new gesture uses; a gesture under way keeps the tool it began with */
    public ObjectProperty<SketchTool> toolProperty() {
        return tool;
    }

    /** @return the stencil {@link SketchTool#STENCIL} places */
    public ObjectProperty<Stencil> stencilProperty() {
        return stencil;
    }

    /** Arms the stencil tool with a stencil, so the next click places it. */
    public void armStencil(Stencil which) {
        stencil.set(Objects.requireNonNull(which, "stencil"));
        tool.set(SketchTool.STENCIL);
    }

    /** @return ink colour, line width and fill for new elements (setting them restyles the selection) */
    public PadStyle style() {
        return style;
    }

    /** @return whether moves, resizes and new shapes snap to a {@value #GRID_PX} px grid (shown on the board) */
    public BooleanProperty gridProperty() {
        return grid;
    }

    /** @return whether moves, resizes and new shapes line up with other shapes' edges and centres */
    public BooleanProperty snapToShapesProperty() {
        return snapToShapes;
    }

    /** @return the selected element ids, in the order they were selected; read-only */
    public ObservableSet<Long> selection() {
        return FXCollections.unmodifiableObservableSet(selection);
    }

    /** @return the selected elements, bottom first */
    public List<Element> selectedElements() {
        if (selection.isEmpty()) {
            // The overlay asks every frame; walking 20,000 elements boxed an id each (the most garbage of a pan).
            return List.of();
        }
        return sketch.elements().stream().filter(e -> selection.contains(e.id())).toList();
    }

    /** @return whether anything is selected */
    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }

    /** Selects exactly these ids (unknown ids are dropped). */
    public void select(Collection<Long> ids) {
        Set<Long> keep = new LinkedHashSet<>();
        for (long id : ids) {
            if (sketch.find(id).isPresent()) {
                keep.add(id);
            }
        }
        selection.retainAll(keep);
        selection.addAll(keep);
        refreshOverlay();
    }

    /** @return whether there is an edit to undo */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** @return whether there is an undone edit to redo */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** @return whether the sketch has no elements (nothing to clear or export) */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** @return the sketch's {@link Sketch#revision()}, changing after every edit, undo and redo */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** @return what the gesture under way shows on the overlay; replaced (not mutated) as it changes */
    ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** @return the label being typed, or null */
    public ReadOnlyObjectProperty<LabelEdit> labelEditProperty() {
        return labelEdit.getReadOnlyProperty();
    }

    /** @return the stroke being drawn, or null when the pen is up */
    public LiveStroke liveStroke() {
        return gestures.liveStroke();
    }

    /** Tells the model the board's size, screen px, for fit and zoom about the centre. */
    public void setBoardSize(double width, double height) {
        view.setBoardSize(width, height);
    }

    // ----- history

    /** Undoes the last edit, if any. */
    public void undo() {
        cancelGesture();
        sketch.undo();
    }

    /** Redoes the last undone edit, if any. */
    public void redo() {
        cancelGesture();
        sketch.redo();
    }

    /** Removes every element, as one undoable edit. */
    public void clear() {
        cancelGesture();
        sketch.clear();
    }

    // ----- view

    /** Zooms and pans so everything drawn fits the board; resets the view on an empty sketch. */
    public void fitToContent() {
        view.fit(sketch.bounds());
    }

    /** Zooms in or out by a factor about the board's centre. */
    public void zoomBy(double factor) {
        view.zoomBy(factor);
    }

    /** Back to 100 %, keeping the board's centre where it is. */
    public void zoomReset() {
        view.zoomReset();
    }

    // ----- pointer gestures

    /** Starts a gesture at a point with the current tool; see {@link #press(double, double, boolean)}. */
    public void press(double x, double y) {
        press(x, y, false);
    }

    /**
     * Starts a gesture at a point with the current tool, ending any still open and
     * committing a label being typed.
     *
     * @param x     sketch px
     * @param y     sketch px
     * @param shift whether Shift is held (adds to the selection with the select tool)
     */
    public void press(double x, double y, boolean shift) {
        gestures.press(tool.get(), x, y, shift);
    }

    /** Continues the gesture; see {@link #drag(double, double, boolean)}. */
    public boolean drag(double x, double y) {
        return drag(x, y, false);
    }

    /**
     * Continues the gesture. Ignored with no gesture.
     *
     * @return whether the live stroke gained a segment, which the view may draw at once
     */
    public boolean drag(double x, double y, boolean shift) {
        return gestures.drag(x, y, shift);
    }

    /** Ends the gesture at a point; see {@link #release(double, double, boolean)}. */
    public void release(double x, double y) {
        release(x, y, false);
    }

    /** Ends the gesture at a point, committing its edit as one undo step. Ignored with no gesture. */
    public void release(double x, double y, boolean shift) {
        gestures.release(x, y, shift);
    }

    /** Abandons the gesture under way without committing anything (Escape). */
    public void cancelGesture() {
        gestures.cancel();
    }

    /** @return whether a gesture is under way */
    public boolean gestureActive() {
        return gestures.active();
    }

    /**
     * A double click: with the select tool, edits the label of the element under the
     * pointer, or starts a new text label on empty board.
     */
    public void doubleClick(double x, double y) {
        gestures.doubleClick(tool.get(), x, y);
    }

    /** Stops following the sketch; the pad is no longer usable afterwards. */
    public void dispose() {
        sketch.removeChangeListener(sketchListener);
    }

    // ----- for gestures and editing

    /** @return screen px turned into sketch px at the current zoom */
    double screenToSketch(double px) {
        return px / viewport.scale();
    }

    double tolerance() {
        return screenToSketch(HIT_TOLERANCE_PX);
    }

    TextMeasurer measurer() {
        return measurer;
    }

    void setPreview(Preview next) {
        preview.set(next);
    }

    void setLabelEdit(LabelEdit edit) {
        labelEdit.set(edit);
    }

    void refreshOverlay() {
        // A fresh, equal-looking value still tells the overlay to repaint selection marks.
        preview.set(new Preview(preview.get().elements(), preview.get().band(), preview.get().guides(),
                preview.get().attachTarget()));
    }

    private void sync() {
        canUndo.set(sketch.canUndo());
        canRedo.set(sketch.canRedo());
        empty.set(sketch.isEmpty());
        revision.set(sketch.revision());
        if (selection.removeIf(id -> sketch.find(id).isEmpty())) {
            refreshOverlay();
        }
    }
}
