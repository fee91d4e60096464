package dev.mockloop.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shapes and connectors: attachment, moves, resizes, z-order, copies, hit testing, changes. */
class SketchShapesTest {

    private final Sketch sketch = new Sketch();

    private Shape box(double x, double y) {
        return sketch.add(Shape.of(ShapeKind.RECTANGLE, Bounds.ofSize(x, y, 100, 50), Style.DEFAULT));
    }

    private Connector arrowBetween(Shape a, Shape b) {
        return sketch.add(SampleSketches.arrow(a, b, ""));
    }

    private Connector connector(long id) {
        return (Connector) sketch.find(id).orElseThrow();
    }

    @Test
    void attachedArrowEndsSitOnTheShapesOutlinesFacingEachOther() {
        Shape left = box(0, 0);       // centre (50, 25), right edge x = 100
        Shape right = box(300, 0);    // centre (350, 25), left edge x = 300

        Connector arrow = arrowBetween(left, right);

        assertEquals(new Point(100 + Connectors.GAP_PX, 25), arrow.start());
        assertEquals(new Point(300 - Connectors.GAP_PX, 25), arrow.end());
    }

    @Test
    void movingAShapeMovesTheArrowEndsAttachedToIt() {
        Shape left = box(0, 0);
        Shape right = box(300, 0);
        Connector arrow = arrowBetween(left, right);

        sketch.move(List.of(right.id()), 0, 200);   // centre now (350, 225)

        Connector moved = connector(arrow.id());
        assertEquals(right.id(), moved.endShape());
        // The end now sits on the top edge of the moved box (y = 200), aimed at its centre.
        double y = moved.end().y();
        assertTrue(y < 200 && y >= 200 - Connectors.GAP_PX, "just above the top edge: " + moved.end());
        assertTrue(moved.end().x() > 300 && moved.end().x() < 400, "on the box's top edge: " + moved.end());
        assertNotEquals(arrow.start(), moved.start(), "the other end turns to face it");

        sketch.undo();
        assertEquals(arrow, connector(arrow.id()), "undo puts the arrow back with the shape");
    }

    @Test
    void resizingAShapeKeepsTheAttachedEndOnItsOutline() {
        Shape left = box(0, 0);
        Shape right = box(300, 0);
        Connector arrow = arrowBetween(left, right);

        sketch.update(right.withBox(new Bounds(250, -25, 450, 75)));

        assertEquals(250 - Connectors.GAP_PX, connector(arrow.id()).end().x(), 1e-9);
    }

    @Test
    void movingAnArrowAloneLetsGoOfItsShapes() {
        Shape left = box(0, 0);
        Shape right = box(300, 0);
        Connector arrow = arrowBetween(left, right);

        sketch.move(List.of(arrow.id()), 0, 100);

        Connector moved = connector(arrow.id());
        assertEquals(0, moved.startShape());
        assertEquals(0, moved.endShape());
        assertEquals(arrow.start().y() + 100, moved.start().y(), 1e-9);
    }

    @Test
    void movingBothShapesAndTheArrowTogetherKeepsItAttached() {
        Shape left = box(0, 0);
        Shape right = box(300, 0);
        Connector arrow = arrowBetween(left, right);

        sketch.move(List.of(left.id(), right.id(), arrow.id()), 10, 10);

        Connector moved = connector(arrow.id());
        assertEquals(arrow.translated(10, 10), moved);
        assertEquals(1, countUndos(), "one move is one undo step");
    }

    @Test
    void removingAShapeLeavesItsArrowsFreeAndUndoReattachesThem() {
        Shape left = box(0, 0);
        Shape right = box(300, 0);
        Connector arrow = arrowBetween(left, right);

        assertTrue(sketch.remove(List.of(right.id())));

        assertEquals(0, connector(arrow.id()).endShape());
        assertEquals(arrow.end(), connector(arrow.id()).end());
        sketch.undo();
        assertEquals(arrow, connector(arrow.id()));
        assertEquals(3, sketch.size());
    }

    @Test
    void bringToFrontAndSendToBackReorderAndUndo() {
        Shape a = box(0, 0);
        Shape b = box(10, 10);
        Shape c = box(20, 20);

        sketch.bringToFront(List.of(a.id()));
        assertEquals(List.of(b, c, a), sketch.elements());
        sketch.sendToBack(List.of(c.id(), a.id()));
        assertEquals(List.of(c, a, b), sketch.elements());
        sketch.undo();
        sketch.undo();
        assertEquals(List.of(a, b, c), sketch.elements());
    }

    @Test
    void reorderingWhatIsAlreadyInPlaceRecordsNothing() {
        box(0, 0);
        Shape top = box(10, 10);
        int undos = countUndosWithoutChange();

        sketch.bringToFront(List.of(top.id()));

        assertEquals(undos, countUndosWithoutChange());
    }

    @Test
    void addAllCopiesWithNewIdsAndKeepsArrowsBetweenCopiedShapes() {
        Shape left = box(0, 0);
        Shape right = box(300, 0);
        Connector arrow = arrowBetween(left, right);
        Shape lonely = box(0, 200);
        Connector half = arrowBetween(lonely, right);

        List<Element> copies = sketch.addAll(List.of(left.translated(20, 20), right.translated(20, 20),
                arrow.translated(20, 20), half.translated(20, 20)));

        Connector arrowCopy = (Connector) copies.get(2);
        assertEquals(copies.get(0).id(), arrowCopy.startShape());
        assertEquals(copies.get(1).id(), arrowCopy.endShape());
        Connector halfCopy = (Connector) copies.get(3);
        assertEquals(0, halfCopy.startShape(), "the shape it left was not copied");
        assertEquals(copies.get(1).id(), halfCopy.endShape());
        assertEquals(9, sketch.size());
        sketch.undo();
        assertEquals(5, sketch.size(), "a paste undoes in one step");
    }

    @Test
    void hitPicksTheTopmostInkThenTheSmallestShapeAroundThePoint() {
        Shape big = sketch.add(Shape.of(ShapeKind.RECTANGLE, new Bounds(0, 0, 400, 400), Style.DEFAULT));
        Shape small = sketch.add(Shape.of(ShapeKind.ELLIPSE, new Bounds(100, 100, 200, 200), Style.DEFAULT));
        sketch.bringToFront(List.of(big.id()));

        assertEquals(big.id(), sketch.hit(0, 200, 3).orElseThrow().id(), "on the big box's outline");
        assertEquals(small.id(), sketch.hit(150, 150, 3).orElseThrow().id(), "inside both: the smaller one");
        assertEquals(big.id(), sketch.hit(300, 300, 3).orElseThrow().id(), "inside only the big one");
        assertEquals(big.id(), sketch.hit(105, 105, 3).orElseThrow().id(), "outside the ellipse's curve");
        assertTrue(sketch.hit(500, 500, 3).isEmpty());
    }

    @Test
    void eraserRemovesShapesByTheirOutlineButNotThroughTheirHollowMiddle() {
        Shape hollow = box(0, 0);
        Shape filled = sketch.add(Shape.of(ShapeKind.RECTANGLE, Bounds.ofSize(200, 0, 100, 50),
                Style.DEFAULT.withFill("#dbeafe")));

        assertFalse(sketch.eraseAt(50, 25, 4));
        assertTrue(sketch.eraseAt(250, 25, 4));
        assertTrue(sketch.eraseAt(100, 25, 4));
        assertTrue(sketch.isEmpty());
        assertNotEquals(hollow.id(), filled.id());
    }

    @Test
    void withinSelectsElementsWhoseFrameIsInsideTheBand() {
        Shape inside = box(10, 10);
        box(100, 100);

        assertEquals(List.of(inside), sketch.within(new Bounds(0, 0, 120, 70)));
    }

    @Test
    void updateRejectsUnknownIdsAndChangesOfKind() {
        Shape a = box(0, 0);
        assertThrows(IllegalArgumentException.class, () -> sketch.update(a.withId(99)));
        assertThrows(IllegalArgumentException.class,
                () -> sketch.update(new Stroke(a.id(), "#000000", 1, List.of(new Point(0, 0)))));
    }

    @Test
    void changesTellListenersWhatWasAppendedAndWhereElseToRepaint() {
        List<SketchChange> changes = new ArrayList<>();
        sketch.addChangeListener(changes::add);

        Shape a = box(0, 0);
        sketch.move(List.of(a.id()), 100, 0);
        sketch.undo();

        assertEquals(List.of(a), changes.get(0).appended());
        assertTrue(changes.get(0).isAppendOnly());
        Bounds moved = changes.get(1).dirty();
        assertTrue(moved.contains(a.bounds()) && moved.contains(a.bounds().translate(100, 0)),
                "the old and the new place are repainted: " + moved);
        assertFalse(changes.get(2).isAppendOnly());
    }

    @Test
    void textShapesNeedText() {
        assertThrows(IllegalArgumentException.class,
                () -> Shape.text(Bounds.ofSize(0, 0, 10, 10), " ", "#000000", 18));
    }

    private int countUndos() {
        int n = 0;
        while (sketch.undo()) {
            n++;
        }
        for (int i = 0; i < n; i++) {
            sketch.redo();
        }
        return n - 2 - 1; // minus the two boxes and the arrow
    }

    private int countUndosWithoutChange() {
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
