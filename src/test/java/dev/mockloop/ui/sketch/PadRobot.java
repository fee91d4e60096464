package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Element;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import org.testfx.api.FxRobot;

/** Drives a sketch pad as a person would, in board px (the overlay canvas's coordinates). */
final class PadRobot {

    private final FxRobot robot;
    private final SketchPad pad;

    PadRobot(FxRobot robot, SketchPad pad) {
        this.robot = robot;
        this.pad = pad;
    }

    Point2D at(double x, double y) {
        return FxThread.call(() -> board().localToScreen(x, y));
    }

    Canvas board() {
        return (Canvas) pad.lookup("#sketch-canvas");
    }

    PadRobot drag(double x0, double y0, double x1, double y1) {
        robot.moveTo(at(x0, y0)).press(MouseButton.PRIMARY);
        for (int i = 1; i <= 6; i++) {
            robot.moveTo(at(x0 + (x1 - x0) * i / 6, y0 + (y1 - y0) * i / 6));
        }
        robot.release(MouseButton.PRIMARY);
        return this;
    }

    PadRobot click(double x, double y) {
        robot.moveTo(at(x, y)).clickOn(MouseButton.PRIMARY);
        return this;
    }

    PadRobot doubleClick(double x, double y) {
        robot.moveTo(at(x, y)).doubleClickOn(MouseButton.PRIMARY);
        return this;
    }

    PadRobot tool(String id) {
        robot.clickOn("#" + id);
        return this;
    }

    List<Element> elements() {
        return FxThread.call(() -> List.copyOf(pad.model().sketch().elements()));
    }

    Element last() {
        List<Element> all = elements();
        return all.get(all.size() - 1);
    }

    SketchTool currentTool() {
        return FxThread.call(() -> pad.model().toolProperty().get());
    }

    /** The board as shown (grid, tiles, overlay), in board px. */
    Image snapshot() {
        return FxThread.call(() -> {
            Node board = board().getParent();
            return board.snapshot(null, null);
        });
    }

    /** Whether a pixel within 3 px of (x, y) on the board is darker than half brightness. */
    boolean inkNear(double x, double y) {
        return SketchPadTest.inkNear(snapshot(), (int) Math.round(x), (int) Math.round(y));
    }

    /** The board pixel at (x, y). */
    Color pixel(double x, double y) {
        return snapshot().getPixelReader().getColor((int) Math.round(x), (int) Math.round(y));
    }
}
