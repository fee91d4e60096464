package dev.mockloop.ui.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.sketch.Point;
import dev.mockloop.sketch.Sketch;
import dev.mockloop.sketch.Stroke;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pad's logic without a screen: gestures in, sketch edits and properties out. */
class SketchPadModelTest {

    private final Sketch sketch = new Sketch();
    private final SketchPadModel model = new SketchPadModel(sketch);

    @Test
    void penGestureCommitsOneStrokeWithThePenColourAndWidthOnRelease() {
        model.style().setColor("#DC2626");
        model.style().setPenWidth(4);

        model.press(10, 10);
        assertTrue(model.drag(20, 10));
        assertTrue(model.drag(30, 18));
        assertTrue(sketch.isEmpty(), "nothing is committed before release");
        model.release(40, 20);

        Stroke stroke = sketch.strokes().get(0);
        assertEquals("#dc2626", stroke.color());
        assertEquals(4, stroke.width());
        assertEquals(List.of(new Point(10, 10), new Point(20, 10), new Point(30, 18), new Point(40, 20)),
                stroke.points());
        assertNull(model.liveStroke());
    }

    @Test
    void pointsCloserThanOnePxToTheLastAreDropped() {
        model.press(10, 10);
        assertFalse(model.drag(10.5, 10.5));
        model.release(10.2, 10);

        assertEquals(List.of(new Point(10, 10)), sketch.strokes().get(0).points());
    }

    @Test
    void eraserDragErasesEverythingItCrossesAsOneUndoStep() {
        sketch.addStroke("#000000", 2, List.of(new Point(100, 0), new Point(100, 200)));
        sketch.addStroke("#000000", 2, List.of(new Point(300, 0), new Point(300, 200)));
        model.toolProperty().set(SketchTool.ERASER);

        // One big jump across both lines: the eraser must not skip them.
        model.press(0, 100);
        model.drag(400, 100);
        model.release(400, 100);
        assertTrue(sketch.isEmpty());

        model.undo();
        assertEquals(2, sketch.strokes().size());
    }

    @Test
    void aGestureKeepsTheToolItStartedWith() {
        model.press(0, 0);
        model.toolProperty().set(SketchTool.ERASER);
        model.drag(50, 0);
        model.release(100, 0);

        assertEquals(1, sketch.strokes().size());
    }

    @Test
    void dragWithoutPressIsIgnored() {
        assertFalse(model.drag(5, 5));
        model.release(5, 5);
        assertTrue(sketch.isEmpty());
    }

    @Test
    void propertiesFollowTheSketchEvenWhenItIsEditedElsewhere() {
        assertFalse(model.canUndoProperty().get());
        assertTrue(model.emptyProperty().get());

        sketch.addStroke("#000000", 2, List.of(new Point(0, 0)));
        assertTrue(model.canUndoProperty().get());
        assertFalse(model.emptyProperty().get());
        assertEquals(sketch.revision(), model.revisionProperty().get());

        model.undo();
        assertFalse(model.canUndoProperty().get());
        assertTrue(model.canRedoProperty().get());
        assertTrue(model.emptyProperty().get());

        model.redo();
        model.clear();
        assertTrue(model.emptyProperty().get());
        assertTrue(model.canUndoProperty().get());
    }

    @Test
    void setColorAndPenWidthRejectBadValues() {
        assertThrows(IllegalArgumentException.class, () -> model.style().setColor("red"));
        assertThrows(IllegalArgumentException.class, () -> model.style().setPenWidth(0));
        assertEquals(PadStyle.PALETTE.get(0), model.style().colorProperty().get());
    }

    @Test
    void disposeStopsFollowingTheSketch() {
        model.dispose();
        sketch.addStroke("#000000", 2, List.of(new Point(0, 0)));
        assertTrue(model.emptyProperty().get());
    }
}
