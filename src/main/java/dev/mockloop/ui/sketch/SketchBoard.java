package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.SketchChange;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

/**
 * The whiteboard: three stacked layers that fill this region (the board and grid, the
 * committed elements in cached tiles, and an overlay canvas for whatever is in progress,
 * {@code #sketch-canvas}), turning pointer input into pad gestures in sketch px. Pan with
 * the middle button or Space+drag, or scroll; zoom with Ctrl+wheel or a pinch. Committed
 * content repaints only where it changed ({@link TileLayer}); view changes are applied at
 * most once per pulse.
 */
final class SketchBoard extends Region {

    static final String STYLE_CLASS = "sketch-board";
    private static final double PREF_WIDTH = 640;
    private static final double PREF_HEIGHT = 480;
    /** Zoom per wheel notch (40 px of scroll). */
    private static final double WHEEL_ZOOM = 1.1;

    private final SketchPadModel model;
    private final GridLayer grid;
    private final TileLayer content;
    private final OverlayLayer overlay;
    private final LabelEditor labelEditor;
    private final Consumer<SketchChange> onChange = this::onSketchChange;
    /**
     * Shows the eraser's reach under the pointer. A node rather than an ImageCursor: image
     * cursors fail on the headless test platform (Monocle).
     */
    private final Circle eraserRing = new Circle(SketchPadModel.ERASER_RADIUS_PX);
    private boolean gestureActive;
    private boolean spaceDown;
    private double panX;
    private double panY;
    private boolean panning;
    private boolean redrawPending;

    SketchBoard(SketchPadModel model) {
        this.model = model;
        Viewport view = model.viewport();
        this.grid = new GridLayer(view);
        this.content = new TileLayer(model.sketch(), view);
        this.overlay = new OverlayLayer(view);
        this.labelEditor = new LabelEditor(model);
        getStyleClass().add(STYLE_CLASS);
        setBackground(Background.fill(GridLayer.BOARD));
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        overlay.setId("sketch-canvas");
        for (javafx.scene.Node layer : new javafx.scene.Node[] {grid, content, overlay}) {
            // Sized by layoutChildren; left out of the preferred size so the board can shrink.
            layer.setManaged(false);
            getChildren().add(layer);
        }
        eraserRing.setManaged(false);
        eraserRing.setMouseTransparent(true);
        eraserRing.setVisible(false);
        eraserRing.setFill(Color.rgb(255, 255, 255, 0.35));
        eraserRing.setStroke(Color.rgb(31, 41, 55, 0.85));
        eraserRing.getStyleClass().add("sketch-eraser-ring");
        getChildren().addAll(eraserRing, labelEditor);

        overlay.widthProperty().addListener((o, was, now) -> redrawAll());
        overlay.heightProperty().addListener((o, was, now) -> redrawAll());
        view.revisionProperty().addListener((o, was, now) -> scheduleRedraw());
        model.sketch().addChangeListener(onChange);
        model.previewProperty().addListener((o, was, now) -> {
            content.setHidden(now.hiddenIds());
            overlay.redraw(model);
        });
        model.gridProperty().addListener((o, was, now) -> grid.setGridOn(now));
        model.toolProperty().addListener((o, was, now) -> updateCursor(null));

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> eraserRing.setVisible(false));
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(ZoomEvent.ZOOM, e -> {
            view.zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        updateCursor(null);
    }

    /** Space held: drags pan instead of drawing. */
    void setSpaceDown(boolean down) {
        if (spaceDown != down) {
            spaceDown = down;
            updateCursor(null);
        }
    }

    /** Stops following the sketch. */
    void dispose() {
        model.sketch().removeChangeListener(onChange);
    }

    /** Repaints every layer now; the committed layer from its tiles (or anew after a zoom). */
    void redrawAll() {
        redrawPending = false;
        grid.redraw();
        content.viewChanged();
        overlay.redraw(model);
        labelEditor.place();
    }

    /** Repaints every committed element in view from scratch, as after a zoom, before returning. */
    void rebuild() {
        content.rebuildNow();
    }

    /**
     * Does what one frame does for the committed layer: paints missing tiles within its budget.
     *
     * @return whether tiles in view or around it are still missing
     */
    boolean paintFrame() {
        return content.paintFrame();
    }

    /** @return whether every committed tile in view is painted at the current zoom */
    boolean viewPainted() {
        return content.viewComplete();
    }

    /** @return how many tiles the committed layer holds at the current zoom */
    int tileCount() {
        return content.tileCount();
    }

    private void scheduleRedraw() {
        if (!redrawPending) {
            redrawPending = true;
            Platform.runLater(() -> {
                if (redrawPending) {
                    redrawAll();
                }
            });
        }
    }

    private void onSketchChange(SketchChange change) {
        content.changed(change);
        overlay.redraw(model);
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        for (Canvas layer : new Canvas[] {grid, overlay}) {
            layer.relocate(0, 0);
            layer.setWidth(w);
            layer.setHeight(h);
        }
        content.resizeRelocate(0, 0, w, h);
        model.setBoardSize(w, h);
    }

    @Override
    protected double computePrefWidth(double height) {
        return PREF_WIDTH;
    }

    @Override
    protected double computePrefHeight(double width) {
        return PREF_HEIGHT;
    }

    private boolean startsPan(MouseEvent e) {
        return e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown);
    }

    private void onPressed(MouseEvent e) {
        if (e.getTarget() == labelEditor || isInEditor(e)) {
            return;
        }
        if (startsPan(e)) {
            panning = true;
            panX = e.getX();
            panY = e.getY();
            setCursor(Cursor.CLOSED_HAND);
            e.consume();
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        gestureActive = true;
        Viewport v = model.viewport();
        model.press(v.toSketchX(e.getX()), v.toSketchY(e.getY()), e.isShiftDown());
        if (model.liveStroke() != null) {
            // A click without a drag still leaves a dot.
            overlay.redraw(model);
        }
        e.consume();
    }

    private void onDragged(MouseEvent e) {
        if (panning) {
            model.viewport().panBy(e.getX() - panX, e.getY() - panY);
            panX = e.getX();
            panY = e.getY();
            e.consume();
            return;
        }
        followPointer(e);
        if (!gestureActive) {
            return;
        }
        Viewport v = model.viewport();
        if (model.drag(v.toSketchX(e.getX()), v.toSketchY(e.getY()), e.isShiftDown())) {
            overlay.appendSegment(model.liveStroke());
        }
        e.consume();
    }

    private void onReleased(MouseEvent e) {
        if (panning && (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.PRIMARY)) {
            panning = false;
            updateCursor(e);
            e.consume();
            return;
        }
        if (!gestureActive || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        gestureActive = false;
        Viewport v = model.viewport();
        // Committing changes the sketch, which repaints what changed.
        model.release(v.toSketchX(e.getX()), v.toSketchY(e.getY()), e.isShiftDown());
        overlay.redraw(model);
        updateCursor(e);
        e.consume();
    }

    private void onClicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()
                && !isInEditor(e)) {
            Viewport v = model.viewport();
            model.doubleClick(v.toSketchX(e.getX()), v.toSketchY(e.getY()));
            e.consume();
        }
    }

    private boolean isInEditor(MouseEvent e) {
        return e.getPickResult() != null && e.getPickResult().getIntersectedNode() != null
                && isDescendant(e.getPickResult().getIntersectedNode(), labelEditor);
    }

    private static boolean isDescendant(javafx.scene.Node node, javafx.scene.Node ancestor) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void onScroll(ScrollEvent e) {
        if (e.isShortcutDown() || e.isControlDown()) {
            double factor = Math.pow(WHEEL_ZOOM, e.getDeltaY() / 40);
            model.viewport().zoomAt(factor, e.getX(), e.getY());
        } else if (e.isShiftDown() && e.getDeltaX() == 0) {
            model.viewport().panBy(e.getDeltaY(), 0);
        } else {
            model.viewport().panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    private void onMoved(MouseEvent e) {
        followPointer(e);
        updateCursor(e);
    }

    private void updateCursor(MouseEvent e) {
        SketchTool tool = model.toolProperty().get();
        boolean eraser = tool == SketchTool.ERASER && !spaceDown;
        if (!eraser) {
            eraserRing.setVisible(false);
        }
        Cursor cursor;
        if (spaceDown) {
            cursor = panning ? Cursor.CLOSED_HAND : Cursor.OPEN_HAND;
        } else if (eraser) {
            cursor = Cursor.NONE;
        } else if (tool == SketchTool.TEXT) {
            cursor = Cursor.TEXT;
        } else if (tool == SketchTool.SELECT) {
            cursor = e == null ? Cursor.DEFAULT : selectCursor(e);
        } else {
            cursor = Cursor.CROSSHAIR;
        }
        setCursor(cursor);
    }

    private Cursor selectCursor(MouseEvent e) {
        Viewport v = model.viewport();
        double x = v.toSketchX(e.getX());
        double y = v.toSketchY(e.getY());
        Handles.Handle h = Handles.at(model, x, y);
        if (h != null) {
            return switch (h) {
                case NW, SE -> Cursor.NW_RESIZE;
                case NE, SW -> Cursor.NE_RESIZE;
                case N, S -> Cursor.N_RESIZE;
                case E, W -> Cursor.E_RESIZE;
                case START, END -> Cursor.CROSSHAIR;
            };
        }
        return model.sketch().hit(x, y, model.tolerance()).isPresent() ? Cursor.MOVE : Cursor.DEFAULT;
    }

    private void followPointer(MouseEvent e) {
        boolean eraser = model.toolProperty().get() == SketchTool.ERASER && !spaceDown;
        eraserRing.setVisible(eraser);
        if (eraser) {
            eraserRing.setCenterX(e.getX());
            eraserRing.setCenterY(e.getY());
        }
    }
}
