package dev.mockloop.ui.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Connector;
import dev.mockloop.sketch.Shape;
import dev.mockloop.sketch.ShapeKind;
import dev.mockloop.sketch.Sketch;
import dev.mockloop.sketch.Stroke;
import dev.mockloop.sketch.Style;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gestures and editing actions on the pad's model, without a screen (sketch px, zoom 100 %). */
class PadGesturesTest {

    private final Sketch sketch = new Sketch();
    private final SketchPadModel model = new SketchPadModel(sketch);

    private Shape box(double x, double y, double w, double h) {
        return sketch.add(Shape.of(ShapeKind.RECTANGLE, Bounds.ofSize(x, y, w, h), Style.DEFAULT));
    }

    private void gesture(double x0, double y0, double x1, double y1) {
        model.press(x0, y0);
        model.drag((x0 + x1) / 2, (y0 + y1) / 2);
        model.release(x1, y1);
    }

    @Test
    void withTheGridOnANewShapesCornersLandOnTheGrid() {
        model.gridProperty().set(true);
        model.toolProperty().set(SketchTool.RECTANGLE);

        gesture(103, 58, 217, 141);

        assertEquals(new Bounds(100, 60, 220, 140), ((Shape) sketch.elements().get(0)).box());
    }

    @Test
    void aMovedShapeSnapsItsLeftEdgeToANeighboursLeftEdge() {
        box(100, 100, 100, 50);
        Shape moving = box(400, 300, 80, 40);
        model.toolProperty().set(SketchTool.SELECT);

        gesture(440, 320, 440 - 296, 320 + 100);   // lands 4 px right of x = 100

        assertEquals(100, ((Shape) sketch.find(moving.id()).orElseThrow()).box().minX(), 1e-9);
        assertEquals(1, undoCount() - 2, "one move, one undo step");
    }

    @Test
    void draggingACornerHandleResizesTheShapeAndItsArrowFollows() {
        Shape a = box(0, 0, 100, 50);
        Shape b = box(300, 0, 100, 50);
        Connector arrow = sketch.add(new Connector(0, new dev.mockloop.sketch.Point(50, 25),
                new dev.mockloop.sketch.Point(350, 25), Style.DEFAULT, dev.mockloop.sketch.Arrowheads.END, "",
                a.id(), b.id()));
        model.snapToShapesProperty().set(false);
        model.toolProperty().set(SketchTool.SELECT);
        model.select(List.of(b.id()));

        gesture(300, 0, 250, -50);   // the NW handle

        assertEquals(new Bounds(250, -50, 400, 50), ((Shape) sketch.find(b.id()).orElseThrow()).box());
        Connector moved = (Connector) sketch.find(arrow.id()).orElseThrow();
        assertTrue(moved.end().x() < 250, "the end sits on the new left edge: " + moved.end());
    }

    @Test
    void draggingAnArrowsEndOntoAnotherShapeReattachesIt() {
        Shape a = box(0, 0, 100, 50);
        Shape b = box(300, 0, 100, 50);
        Shape c = box(300, 300, 100, 50);
        model.toolProperty().set(SketchTool.ARROW);
        gesture(50, 25, 350, 25);
        Connector arrow = assertInstanceOf(Connector.class, sketch.elements().get(3));
        assertEquals(b.id(), arrow.endShape());

        gesture(arrow.end().x(), arrow.end().y(), 350, 325);   // the tool is back to select; the arrow is selected

        Connector moved = (Connector) sketch.find(arrow.id()).orElseThrow();
        assertEquals(a.id(), moved.startShape());
        assertEquals(c.id(), moved.endShape());
    }

    @Test
    void choosingAColourRecoloursTheSelectionInOneUndoStep() {
        Shape a = box(0, 0, 100, 50);
        Stroke s = sketch.addStroke("#1f2937", 2, List.of(new dev.mockloop.sketch.Point(0, 100)));
        model.select(List.of(a.id(), s.id()));

        model.style().setColor("#dc2626");
        model.style().setFill("#dbeafe");

        assertEquals("#dc2626", ((Shape) sketch.find(a.id()).orElseThrow()).style().stroke());
        assertEquals("#dbeafe", ((Shape) sketch.find(a.id()).orElseThrow()).style().fill());
        assertEquals("#dc2626", ((Stroke) sketch.find(s.id()).orElseThrow()).color());
        model.undo();
        model.undo();
        assertEquals(Style.DEFAULT, ((Shape) sketch.find(a.id()).orElseThrow()).style());
    }

    @Test
    void cutThenPasteTwicePutsCopiesFurtherOffEachTime() {
        Shape a = box(0, 0, 100, 50);
        model.select(List.of(a.id()));

        model.editing().cut();
        assertTrue(sketch.isEmpty());
        model.editing().paste();
        model.editing().paste();

        assertEquals(a.box(), ((Shape) sketch.elements().get(0)).box(), "a cut pastes back in place");
        assertEquals(a.box().translate(16, 16), ((Shape) sketch.elements().get(1)).box());
    }

    @Test
    void emptyingATextLabelRemovesItAndANewTextIsSizedToItsWords() {
        model.toolProperty().set(SketchTool.TEXT);
        gesture(10, 10, 10, 10);
        model.editing().labelTextProperty().set("Fan-out on write");
        model.editing().commitLabel();
        Shape text = (Shape) sketch.elements().get(0);
        assertEquals(ShapeKind.TEXT, text.kind());
        assertTrue(text.box().width() > 100, text.box().toString());

        model.editing().editLabel(text.id());
        model.editing().labelTextProperty().set("  ");
        model.editing().commitLabel();

        assertTrue(sketch.isEmpty());
        assertFalse(model.labelEditProperty().get() != null, "the editor closed");
    }

    @Test
    void escapeCancelsAGestureWithoutAddingAnything() {
        model.toolProperty().set(SketchTool.RECTANGLE);
        model.press(0, 0);
        model.drag(100, 100);

        model.cancelGesture();

        assertTrue(sketch.isEmpty());
        assertEquals(Preview.NONE, model.previewProperty().get());
    }

    private int undoCount() {
        int n = 0;
        while (sketch.undo()) {
            n++;
        }
        for (int i = 0; i < n; i++) {
            sketch.redo();
        }
        return n;
    }
}
