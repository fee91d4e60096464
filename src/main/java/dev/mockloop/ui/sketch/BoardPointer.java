package dev.mockloop.ui.sketch;

import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * The board's pointer input, turned into pad gestures in sketch px: press, drag and release
 * with the current tool, double clicks on labels, and the cursor and eraser ring that follow
 * the pointer. Pan with the middle button or Space+drag, or scroll; zoom with Ctrl+wheel or
 * a pinch.
 */
final class BoardPointer {

    /** Zoom per wheel notch (40 px of scroll). */
    private static final double WHEEL_ZOOM = 1.1;

    private final Region board;
    private final SketchPadModel model;
    private final OverlayLayer overlay;
    private final LabelEditor labelEditor;
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

    /** Listens to pointer events on {@code board}. */
    BoardPointer(Region board, SketchPadModel model, OverlayLayer overlay, LabelEditor labelEditor) {
        this.board = board;
        this.model = model;
        this.overlay = overlay;
        this.labelEditor = labelEditor;
        eraserRing.setManaged(false);
        eraserRing.setMouseTransparent(true);
        eraserRing.setVisible(false);
        eraserRing.setFill(Color.rgb(255, 255, 255, 0.35));
        eraserRing.setStroke(Color.rgb(31, 41, 55, 0.85));
        eraserRing.getStyleClass().add("sketch-eraser-ring");
        model.toolProperty().addListener((o, was, now) -> updateCursor(null));
        board.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        board.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        board.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        board.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        board.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        board.addEventHandler(MouseEvent.MOUSE_EXITED, e -> eraserRing.setVisible(false));
        board.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        board.addEventHandler(ZoomEvent.ZOOM, e -> {
            model.viewport().zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        updateCursor(null);
    }

    /** @return the ring shown under the pointer with the eraser, for the board to hold */
    /** Rings the eraser in this look's ink: light on a dark board. */
    void setLook(BoardLook look) {
        eraserRing.setStroke(look.dark() ? Color.rgb(230, 237, 243, 0.85) : Color.rgb(31, 41, 55, 0.85));
    }

    Node eraserRing() {
        return eraserRing;
    }

    /** Space held: drags pan instead of drawing. */
    void setSpaceDown(boolean down) {
        if (spaceDown != down) {
            spaceDown = down;
            updateCursor(null);
        }
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
            board.setCursor(Cursor.CLOSED_HAND);
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

    private static boolean isDescendant(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
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
        board.setCursor(cursor);
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
