package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Point;
import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * The whiteboard: a canvas that fills this region, turns primary-button drags into pad
 * gestures, draws the live stroke segment by segment, and redraws everything when the
 * sketch changes or the board is resized. With the eraser, a ring under the pointer shows
 * its reach. Sketch px equal board px for now (no zoom).
 */
final class SketchBoard extends Region {

    static final String STYLE_CLASS = "sketch-board";
    private static final double PREF_WIDTH = 640;
    private static final double PREF_HEIGHT = 480;

    private final SketchPadModel model;
    private final Canvas canvas = new Canvas();
    /**
     * Shows the eraser's reach under the pointer. A node rather than an ImageCursor: image
     * cursors fail on the headless test platform (Monocle), and a node can later scale with zoom.
     */
    private final Circle eraserRing = new Circle(SketchPadModel.ERASER_RADIUS_PX);
    private boolean gestureActive;

    SketchBoard(SketchPadModel model) {
        this.model = model;
        getStyleClass().add(STYLE_CLASS);
        setBackground(Background.fill(SketchRenderer.BOARD_COLOR));
        canvas.setId("sketch-canvas");
        // Sized by layoutChildren; left out of the preferred size so the board can shrink.
        canvas.setManaged(false);
        getChildren().add(canvas);

        eraserRing.setManaged(false);
        eraserRing.setMouseTransparent(true);
        eraserRing.setVisible(false);
        eraserRing.setFill(Color.rgb(255, 255, 255, 0.35));
        eraserRing.setStroke(Color.rgb(31, 41, 55, 0.85));
        eraserRing.getStyleClass().add("sketch-eraser-ring");
        getChildren().add(eraserRing);

        // Change listeners, not invalidation listeners: nothing reads these values back, and
        // an invalidation listener would fire only for the first change.
        canvas.widthProperty().addListener((o, was, now) -> redraw());
        canvas.heightProperty().addListener((o, was, now) -> redraw());
        model.revisionProperty().addListener((o, was, now) -> redraw());
        model.toolProperty().addListener((o, was, now) -> updateCursor());
        updateCursor();

        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::followPointer);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::followPointer);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> eraserRing.setVisible(false));
    }

    /** Paints the board, every stroke and the live stroke from scratch. */
    void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        SketchRenderer.drawBoard(g, canvas.getWidth(), canvas.getHeight());
        SketchRenderer.drawSketch(g, model.sketch(), model.liveStroke());
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        canvas.setWidth(snapSizeX(getWidth() - snappedLeftInset() - snappedRightInset()));
        canvas.setHeight(snapSizeY(getHeight() - snappedTopInset() - snappedBottomInset()));
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + PREF_WIDTH + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + PREF_HEIGHT + snappedBottomInset();
    }

    private void onPressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        gestureActive = true;
        model.press(e.getX(), e.getY());
        if (model.liveStroke() != null) {
            // A click without a drag still leaves a dot.
            LiveStroke live = model.liveStroke();
            SketchRenderer.drawPolyline(canvas.getGraphicsContext2D(), live.color(), live.width(), live.points());
        }
        e.consume();
    }

    private void onDragged(MouseEvent e) {
        if (!gestureActive) {
            return;
        }
        if (model.drag(e.getX(), e.getY())) {
            drawLastSegment(model.liveStroke());
        }
        e.consume();
    }

    private void onReleased(MouseEvent e) {
        if (!gestureActive || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        gestureActive = false;
        // Committing the stroke changes the sketch, which redraws everything.
        model.release(e.getX(), e.getY());
        e.consume();
    }

    private void drawLastSegment(LiveStroke live) {
        List<Point> points = live.points();
        Point from = points.get(points.size() - 2);
        Point to = points.get(points.size() - 1);
        SketchRenderer.drawSegment(canvas.getGraphicsContext2D(), live.color(), live.width(), from, to);
    }

    private void updateCursor() {
        boolean eraser = model.toolProperty().get() == SketchTool.ERASER;
        canvas.setCursor(eraser ? Cursor.NONE : Cursor.CROSSHAIR);
        if (!eraser) {
            eraserRing.setVisible(false);
        }
    }

    private void followPointer(MouseEvent e) {
        boolean eraser = model.toolProperty().get() == SketchTool.ERASER;
        eraserRing.setVisible(eraser);
        if (eraser) {
            eraserRing.setCenterX(canvas.getLayoutX() + e.getX());
            eraserRing.setCenterY(canvas.getLayoutY() + e.getY());
        }
    }
}
