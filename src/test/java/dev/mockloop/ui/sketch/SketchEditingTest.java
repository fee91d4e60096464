package dev.mockloop.ui.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.sketch.Connector;
import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.Shape;
import dev.mockloop.sketch.Sketch;
import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Selecting, moving, attaching, labelling, copying, layering and moving the view, with mouse and keys. */
@ExtendWith(ApplicationExtension.class)
class SketchEditingTest {

    private Sketch sketch;
    private SketchPad pad;

    @Start
    void start(Stage stage) {
        sketch = new Sketch();
        pad = new SketchPad(sketch);
        stage.setScene(new Scene(pad, 1000, 700));
        stage.show();
    }

    private Shape shape(long id) {
        return (Shape) FxThread.call(() -> sketch.find(id).orElseThrow());
    }

    private Set<Long> selection() {
        return FxThread.call(() -> Set.copyOf(pad.model().selection()));
    }

    @Test
    void anArrowDrawnBetweenTwoBoxesAttachesAndFollowsWhenABoxIsMoved(FxRobot robot) {
        PadRobot p = new PadRobot(robot, pad);
        p.tool("tool-rectangle").drag(100, 100, 220, 160);
        Shape from = (Shape) p.last();
        p.tool("tool-rectangle").drag(500, 100, 620, 160);
        Shape to = (Shape) p.last();

        p.tool("tool-arrow").drag(160, 130, 560, 130);
        Connector arrow = assertInstanceOf(Connector.class, p.last());
        assertEquals(from.id(), arrow.startShape());
        assertEquals(to.id(), arrow.endShape());
        assertEquals(220, arrow.start().x(), 6, "starts at the first box's right edge");
        assertEquals(500, arrow.end().x(), 6, "ends at the second box's left edge");

        p.tool("tool-select").drag(560, 130, 560, 330);   // move the second box 200 px down

        Connector moved = (Connector) FxThread.call(() -> sketch.find(arrow.id()).orElseThrow());
        assertEquals(to.id(), moved.endShape());
        assertTrue(moved.end().y() > 250, "the end followed the box: " + moved.end());
        assertTrue(shape(to.id()).box().minY() > 280, "the box moved");
        double midX = (moved.start().x() + moved.end().x()) / 2;
        double midY = (moved.start().y() + moved.end().y()) / 2;
        assertTrue(p.inkNear(midX, midY), "the arrow is drawn along its new path");
    }

    @Test
    void rubberBandSelectsWhatIsInsideAndShiftClickAddsAndRemoves(FxRobot robot) {
        PadRobot p = new PadRobot(robot, pad);
        p.tool("tool-rectangle").drag(100, 100, 200, 160);
        long a = p.last().id();
        p.tool("tool-rectangle").drag(300, 100, 400, 160);
        long b = p.last().id();
        p.tool("tool-rectangle").drag(600, 100, 700, 160);
        long c = p.last().id();

        p.tool("tool-select").drag(80, 80, 420, 200);
        assertEquals(Set.of(a, b), selection());

        robot.press(KeyCode.SHIFT);
        p.click(600, 130);
        p.click(300, 130);
        robot.release(KeyCode.SHIFT);
        assertEquals(Set.of(a, c), selection());

        p.click(850, 500);
        assertEquals(Set.of(), selection(), "a click on empty board selects nothing");
    }

    @Test
    void copyPasteDuplicateDeleteAndZOrderFromTheKeyboard(FxRobot robot) {
        PadRobot p = new PadRobot(robot, pad);
        p.tool("tool-rectangle").drag(100, 100, 200, 160);
        Shape a = (Shape) p.last();
        p.tool("tool-ellipse").drag(150, 130, 260, 200);
        Shape b = (Shape) p.last();
        p.tool("tool-select").click(100, 130);

        robot.push(KeyCode.CONTROL, KeyCode.C);
        robot.push(KeyCode.CONTROL, KeyCode.V);
        Shape pasted = (Shape) p.last();
        assertNotEquals(a.id(), pasted.id());
        assertEquals(a.box().translate(16, 16), pasted.box());
        assertEquals(Set.of(pasted.id()), selection(), "the copy is selected");

        robot.push(KeyCode.CONTROL, KeyCode.D);
        assertEquals(4, p.elements().size());
        robot.push(KeyCode.DELETE);
        assertEquals(3, p.elements().size());

        p.click(100, 130);
        robot.push(KeyCode.CONTROL, KeyCode.CLOSE_BRACKET);
        assertEquals(a.id(), p.last().id(), "brought to front");
        robot.push(KeyCode.CONTROL, KeyCode.OPEN_BRACKET);
        assertEquals(a.id(), p.elements().get(0).id(), "sent to back");
        assertEquals(b.id(), p.elements().get(1).id());
    }

    @Test
    void doubleClickEditsAShapesLabelAndAnArrowsLabel(FxRobot robot) {
        PadRobot p = new PadRobot(robot, pad);
        p.tool("stencil-service").click(300, 200);
        long service = p.last().id();
        p.tool("tool-arrow").drag(100, 400, 500, 400);
        long arrow = p.last().id();

        p.tool("tool-select").doubleClick(300, 200);
        robot.write("Orders");
        robot.push(KeyCode.SHIFT, KeyCode.ENTER);
        robot.write("(x3)");
        robot.push(KeyCode.ENTER);
        p.doubleClick(300, 400);
        robot.write("HTTPS");
        robot.push(KeyCode.ENTER);

        assertEquals("Orders\n(x3)", shape(service).label(), "Shift+Enter starts a second line");
        assertEquals("HTTPS", FxThread.call(() -> sketch.find(arrow).orElseThrow().label()));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("", FxThread.call(() -> sketch.find(arrow).orElseThrow().label()), "a label edit undoes");
    }

    @Test
    void escapeKeepsALabelBeingTyped(FxRobot robot) {
        PadRobot p = new PadRobot(robot, pad);
        p.tool("stencil-cache").click(300, 200);
        long cache = p.last().id();

        p.tool("tool-select").doubleClick(300, 200);
        robot.write("Redis, 5 min TTL");
        robot.push(KeyCode.ESCAPE);

        assertEquals("Redis, 5 min TTL", shape(cache).label(), "Escape closes the editor without losing the text");
        assertTrue(robot.lookup("#sketch-label-editor").tryQuery().map(n -> !n.isVisible()).orElse(true),
                "the editor is closed");
    }

    @Test
    void spaceDragPansInsteadOfDrawing(FxRobot robot) {
        PadRobot p = new PadRobot(robot, pad);
        p.tool("tool-pen").click(300, 200);   // focuses the pad (and leaves a dot)
        int before = p.elements().size();
        assertEquals(1, before, "a click with the pen leaves a dot");

        robot.press(KeyCode.SPACE);
        p.drag(500, 300, 560, 340);
        robot.release(KeyCode.SPACE);

        assertEquals(before, p.elements().size(), "nothing drawn while Space is held");
        assertEquals(60, FxThread.call(pad.model().viewport()::offsetX), 1);
        assertEquals(40, FxThread.call(pad.model().viewport()::offsetY), 1);
    }

    @Test
    void middleDragPansCtrlWheelZoomsAndFitShowsEverything(FxRobot robot) {
        PadRobot p = new PadRobot(robot, pad);
        p.tool("tool-rectangle").drag(100, 100, 200, 160);
        Viewport view = pad.model().viewport();

        robot.moveTo(p.at(500, 500)).press(MouseButton.MIDDLE).moveTo(p.at(400, 450)).release(MouseButton.MIDDLE);
        assertEquals(-100, FxThread.call(view::offsetX), 1);
        assertEquals(-50, FxThread.call(view::offsetY), 1);
        assertTrue(p.inkNear(3, 62), "the box's left edge moved 100 px left with the view");

        robot.moveTo(p.at(300, 300)).press(KeyCode.CONTROL).scroll(2, javafx.geometry.VerticalDirection.UP)
                .release(KeyCode.CONTROL);
        assertNotEquals(1.0, FxThread.call(view::scale), "Ctrl+wheel zoomed");

        robot.clickOn("#sketch-fit");
        double scale = FxThread.call(view::scale);
        assertEquals(1.0, scale, 1e-9, "a small sketch fits at 100 %");
        List<Element> all = p.elements();
        Shape box = (Shape) all.get(0);
        double sx = FxThread.call(() -> view.toScreenX(box.box().centerX()));
        double sy = FxThread.call(() -> view.toScreenY(box.box().centerY()));
        assertEquals(FxThread.call(() -> p.board().getWidth() / 2), sx, 2, "centred");
        assertEquals(FxThread.call(() -> p.board().getHeight() / 2), sy, 2, "centred");
    }
}
