package dev.mockloop.ui.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.sketch.Arrowheads;
import dev.mockloop.sketch.Connector;
import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.Shape;
import dev.mockloop.sketch.ShapeKind;
import dev.mockloop.sketch.Sketch;
import dev.mockloop.sketch.Stencil;
import dev.mockloop.sketch.Stroke;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every tool, driven with the mouse and keys on a headless pad; then undo and redo of all of it. */
@ExtendWith(ApplicationExtension.class)
class SketchToolsTest {

    private Sketch sketch;
    private SketchPad pad;

    @Start
    void start(Stage stage) {
        sketch = new Sketch();
        pad = new SketchPad(sketch);
        stage.setScene(new Scene(pad, 1000, 700));
        stage.show();
    }

    @Test
    void eachShapeToolDrawsItsKindFromCornerToCornerThenHandsBackToSelect(FxRobot robot) {
        PadRobot p = new PadRobot(robot, pad);
        String[] tools = {"rectangle", "rounded-box", "ellipse", "cylinder"};
        ShapeKind[] kinds = {ShapeKind.RECTANGLE, ShapeKind.ROUNDED_BOX, ShapeKind.ELLIPSE, ShapeKind.CYLINDER};
        for (int k = 0; k < tools.length; k++) {
            double x = 40 + k * 150;
            p.tool("tool-" + tools[k]).drag(x, 60, x + 120, 160);

            Shape shape = assertInstanceOf(Shape.class, p.last());
            assertEquals(kinds[k], shape.kind());
            assertEquals(120, shape.box().width(), 2);
            assertEquals(100, shape.box().height(), 2);
            assertEquals(SketchTool.SELECT, p.currentTool(), "back to select after a shape");
            assertEquals(List.of(shape.id()), List.copyOf(FxThread.call(() -> pad.model().selection())));
        }
        assertTrue(p.inkNear(40, 110), "the rectangle's left edge is drawn");
        assertTrue(p.inkNear(40 + 3 * 150, 140), "the cylinder's side is drawn");
    }

    @Test
    void lineAndArrowToolsDrawConnectorsWithTheRightHeads(FxRobot robot) {
        PadRobot p = new PadRobot(robot, pad);

        p.tool("tool-line").drag(50, 300, 300, 300);
        Connector line = assertInstanceOf(Connector.class, p.last());
        assertEquals(Arrowheads.NONE, line.heads());

        p.tool("tool-arrow").drag(50, 400, 300, 400);
        Connector arrow = assertInstanceOf(Connector.class, p.last());
        assertEquals(Arrowheads.END, arrow.heads());
        assertEquals(250, arrow.end().x() - arrow.start().x(), 2);
        assertTrue(p.inkNear(175, 300) && p.inkNear(175, 400));
        assertTrue(p.inkNear(295, 396) || p.inkNear(295, 404), "the arrowhead widens near the tip");
    }

    @Test
    void penDrawsAStrokeAndEraserRemovesAWholeShapeByItsOutline(FxRobot robot) {
        PadRobot p = new PadRobot(robot, pad);
        p.tool("tool-pen").drag(60, 500, 260, 540);
        assertInstanceOf(Stroke.class, p.last());
        assertEquals(SketchTool.PEN, p.currentTool(), "the pen stays the tool");
        p.tool("tool-rectangle").drag(400, 450, 600, 550);

        p.tool("tool-eraser").drag(400, 420, 400, 580);

        assertEquals(1, p.elements().size());
        assertInstanceOf(Stroke.class, p.elements().get(0));
    }

    @Test
    void textToolTypesALabelWhereYouClick(FxRobot robot) {
        PadRobot p = new PadRobot(robot, pad);

        p.tool("tool-text").click(100, 100);
        robot.write("p99 < 200 ms");
        robot.push(KeyCode.ENTER);

        Shape text = assertInstanceOf(Shape.class, p.last());
        assertEquals(ShapeKind.TEXT, text.kind());
        assertEquals("p99 < 200 ms", text.label());
        assertEquals(100, text.box().minX(), 1);
        assertTrue(text.box().width() > 50, "sized to its words: " + text.box());
        assertTrue(p.inkNear(text.box().minX() + 8, text.box().centerY()), "the text is drawn");
    }

    @Test
    void everyStencilPlacesItsLabelledShapeWhereYouClick(FxRobot robot) {
        PadRobot p = new PadRobot(robot, pad);
        Stencil[] all = Stencil.values();
        for (int k = 0; k < all.length; k++) {
            double x = 100 + (k % 4) * 200;
            double y = 100 + (k / 4) * 200;
            p.tool("stencil-" + all[k].name().toLowerCase(Locale.ROOT).replace('_', '-')).click(x, y);

            Shape s = assertInstanceOf(Shape.class, p.last());
            assertEquals(all[k], s.stencil());
            assertEquals(all[k].title(), s.label());
            assertEquals(x, s.box().centerX(), 8);
            assertEquals(y, s.box().centerY(), 8);
        }
        assertEquals(all.length, p.elements().size());
    }

    @Test
    void everyOperationUndoesAndRedoesWithTheKeyboard(FxRobot robot) {
        PadRobot p = new PadRobot(robot, pad);
        p.tool("tool-pen").drag(40, 600, 200, 620);
        p.tool("tool-rectangle").drag(40, 40, 200, 120);
        p.tool("tool-ellipse").drag(300, 40, 460, 120);
        p.tool("tool-arrow").drag(120, 80, 380, 80);
        p.tool("stencil-database").click(600, 300);
        p.tool("tool-text").click(40, 400);
        robot.write("notes");
        robot.push(KeyCode.ENTER);
        p.tool("tool-select").drag(600, 300, 700, 350);             // move the database
        robot.clickOn("#sketch-color-dc2626");                      // recolour it
        robot.push(KeyCode.CONTROL, KeyCode.D);                     // duplicate it
        robot.push(KeyCode.DELETE);                                 // delete the copy
        p.tool("tool-eraser").drag(40, 590, 200, 630);              // erase the stroke
        List<Element> done = p.elements();
        int steps = 11;

        for (int i = 0; i < steps; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.Z);
        }
        assertTrue(p.elements().isEmpty(), "all undone: " + p.elements());
        assertFalse(p.inkNear(120, 40), "the board is blank again");

        for (int i = 0; i < steps; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        }
        assertEquals(done, p.elements());
        assertTrue(p.inkNear(40, 80), "the rectangle is back");
        assertFalse(FxThread.call(() -> sketch.canRedo()));
    }
}
