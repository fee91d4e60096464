package dev.mockloop.ui.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.sketch.Point;
import dev.mockloop.sketch.Sketch;
import dev.mockloop.sketch.Stroke;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the pad headless as a person would: mouse drags, toolbar clicks, keys. */
@ExtendWith(ApplicationExtension.class)
class SketchPadTest {

    private Sketch sketch;
    private SketchPad pad;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        sketch = new Sketch();
        pad = new SketchPad(sketch);
        stage.setScene(new Scene(pad, 800, 600));
        stage.show();
    }

    @Test
    void penDragDrawsOneStrokeAlongThePointersPath(FxRobot robot) {
        drag(robot, 100, 150, 400, 250);

        Stroke stroke = FxThread.call(() -> sketch.strokes().get(0));
        assertEquals(1, strokeCount());
        Point first = stroke.points().get(0);
        Point last = stroke.points().get(stroke.points().size() - 1);
        assertEquals(100, first.x(), 2);
        assertEquals(150, first.y(), 2);
        assertEquals(400, last.x(), 2);
        assertEquals(250, last.y(), 2);
        assertTrue(inkNear(canvasSnapshot(robot), 250, 200), "the committed stroke is on the board");
    }

    @Test
    void liveStrokeShowsWhileDraggingBeforeItIsCommitted(FxRobot robot) {
        robot.moveTo(onCanvas(robot, 100, 300)).press(MouseButton.PRIMARY).moveTo(onCanvas(robot, 500, 300));

        Image midDrag = canvasSnapshot(robot);
        int committed = strokeCount();
        robot.release(MouseButton.PRIMARY);

        assertEquals(0, committed);
        assertTrue(inkNear(midDrag, 300, 300), "the live stroke is drawn during the drag");
        assertEquals(1, strokeCount());
    }

    @Test
    void eraserDragRemovesTheStrokeAndUndoBringsItBack(FxRobot robot) {
        drag(robot, 100, 150, 400, 250);
        assertEquals(1, strokeCount());

        robot.clickOn("#tool-eraser");
        drag(robot, 250, 50, 250, 350);
        assertEquals(0, strokeCount());

        assertFalse(inkNear(canvasSnapshot(robot), 250, 200), "the erased stroke is gone from the board");

        robot.clickOn("#sketch-undo");
        assertEquals(1, strokeCount());
        assertTrue(inkNear(canvasSnapshot(robot), 250, 200), "undo repaints the stroke");
    }

    @Test
    void clearEmptiesTheBoardAndLeavesUndoEnabled(FxRobot robot) {
        drag(robot, 100, 150, 400, 250);
        drag(robot, 100, 400, 400, 400);
        assertEquals(2, strokeCount());

        robot.clickOn("#sketch-clear");

        assertEquals(0, strokeCount());
        assertFalse(isDisabled(robot, "#sketch-undo"));
        assertTrue(isDisabled(robot, "#sketch-clear"));
        assertFalse(inkNear(canvasSnapshot(robot), 250, 200), "the board is blank again");
    }

    @Test
    void undoAndClearAreDisabledOnAFreshPad(FxRobot robot) {
        assertTrue(isDisabled(robot, "#sketch-undo"));
        assertTrue(isDisabled(robot, "#sketch-clear"));
    }

    @Test
    void keyboardUndoesRedoesAndSwitchesTools(FxRobot robot) {
        drag(robot, 100, 150, 400, 250);

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(0, strokeCount());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(1, strokeCount());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals(1, strokeCount());

        robot.push(KeyCode.E);
        assertEquals(SketchTool.ERASER, FxThread.call(() -> pad.model().toolProperty().get()));
        drag(robot, 250, 50, 250, 350);
        assertEquals(0, strokeCount());
        robot.push(KeyCode.P);
        assertEquals(SketchTool.PEN, FxThread.call(() -> pad.model().toolProperty().get()));
    }

    @Test
    void swatchSetsThePenColourForNewStrokes(FxRobot robot) {
        robot.clickOn("#sketch-color-dc2626");
        drag(robot, 100, 150, 400, 250);

        assertEquals("#dc2626", FxThread.call(() -> sketch.strokes().get(0).color()));
    }

    @Test
    void boardFollowsThePadSizeAndRedrawsOnResize(FxRobot robot) {
        drag(robot, 100, 150, 400, 250);
        double before = FxThread.call(() -> canvas(robot).getWidth());

        FxThread.call(() -> {
            stage.setWidth(stage.getWidth() + 200);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(before + 200, FxThread.call(() -> canvas(robot).getWidth()), 1.0);
        assertTrue(inkNear(canvasSnapshot(robot), 250, 200));
    }

    @Test
    void drawnStrokeExportsAsPngWithInk(FxRobot robot) throws Exception {
        drag(robot, 100, 150, 400, 250);

        byte[] png = FxThread.call(() -> SketchImages.toPng(sketch, 10));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image.getWidth() > 300 && image.getHeight() > 100,
                image.getWidth() + "x" + image.getHeight());
    }

    private static void drag(FxRobot robot, double x0, double y0, double x1, double y1) {
        robot.moveTo(onCanvas(robot, x0, y0))
                .press(MouseButton.PRIMARY)
                .moveTo(onCanvas(robot, x1, y1))
                .release(MouseButton.PRIMARY);
    }

    private static Point2D onCanvas(FxRobot robot, double x, double y) {
        return FxThread.call(() -> canvas(robot).localToScreen(x, y));
    }

    private static Canvas canvas(FxRobot robot) {
        return robot.lookup("#sketch-canvas").queryAs(Canvas.class);
    }

    /** The whole board as shown: grid, committed elements and the overlay, in board px. */
    static Image canvasSnapshot(FxRobot robot) {
        return FxThread.call(() -> canvas(robot).getParent().snapshot(null, null));
    }

    private static boolean isDisabled(FxRobot robot, String query) {
        return FxThread.call(() -> robot.lookup(query).query().isDisabled());
    }

    private int strokeCount() {
        return FxThread.call(() -> sketch.strokes().size());
    }

    /** Whether a dark pixel lies within 3 px of (x, y): mouse positions may round. */
    static boolean inkNear(Image image, int x, int y) {
        for (int dy = -3; dy <= 3; dy++) {
            for (int dx = -3; dx <= 3; dx++) {
                Color c = image.getPixelReader().getColor(x + dx, y + dy);
                if (c.getBrightness() < 0.5) {
                    return true;
                }
            }
        }
        return false;
    }
}
