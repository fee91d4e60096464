package dev.mockloop.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SketchTest {

    private static final String INK = "#1f2937";

    private final Sketch sketch = new Sketch();

    private static List<Point> line(double x0, double y0, double x1, double y1) {
        return List.of(new Point(x0, y0), new Point(x1, y1));
    }

    @Test
    void addStrokeAssignsIncreasingIdsAndKeepsZOrder() {
        Stroke a = sketch.addStroke(INK, 2, line(0, 0, 10, 0));
        Stroke b = sketch.addStroke(INK, 2, line(0, 5, 10, 5));

        assertEquals(1, a.id());
        assertEquals(2, b.id());
        assertEquals(List.of(a, b), sketch.strokes());
        assertFalse(sketch.isEmpty());
    }

    @Test
    void addStrokeRejectsAStrokeWithoutPoints() {
        assertThrows(IllegalArgumentException.class, () -> sketch.addStroke(INK, 2, List.of()));
        assertTrue(sketch.isEmpty());
        assertFalse(sketch.canUndo());
    }

    @Test
    void strokesCannotBeModifiedFromOutside() {
        sketch.addStroke(INK, 2, line(0, 0, 1, 1));
        assertThrows(UnsupportedOperationException.class, () -> sketch.strokes().clear());
    }

    @Test
    void undoRemovesTheAddedStrokeAndRedoPutsItBackWithTheSameId() {
        Stroke a = sketch.addStroke(INK, 2, line(0, 0, 10, 0));

        assertTrue(sketch.undo());
        assertTrue(sketch.isEmpty());
        assertTrue(sketch.canRedo());
        assertFalse(sketch.canUndo());

        assertTrue(sketch.redo());
        assertEquals(List.of(a), sketch.strokes());
        assertFalse(sketch.canRedo());
    }

    @Test
    void undoAndRedoReportFalseWhenThereIsNothingToDo() {
        assertFalse(sketch.undo());
        assertFalse(sketch.redo());
    }

    @Test
    void idsAreNotReusedAfterUndo() {
        sketch.addStroke(INK, 2, line(0, 0, 10, 0));
        sketch.undo();
        Stroke next = sketch.addStroke(INK, 2, line(0, 0, 10, 0));
        assertEquals(2, next.id());
    }

    @Test
    void newEditClearsRedo() {
        sketch.addStroke(INK, 2, line(0, 0, 10, 0));
        sketch.undo();
        assertTrue(sketch.canRedo());

        sketch.addStroke(INK, 2, line(0, 5, 10, 5));

        assertFalse(sketch.canRedo());
    }

    @Test
    void eraseRemovesTheWholeStrokeWhenTouchingTheMiddleOfALongSegment() {
        sketch.addStroke(INK, 2, line(0, 0, 1000, 0));

        // 500 px from either vertex, 5 px off the line.
        assertTrue(sketch.eraseAt(500, 5, 8));

        assertTrue(sketch.isEmpty());
    }

    @Test
    void eraseMissesAStrokeOutsideTheRadius() {
        sketch.addStroke(INK, 2, line(0, 0, 1000, 0));

        // Radius 8 plus half the width (1) reaches 9 px; this is 12 px away.
        assertFalse(sketch.eraseAt(500, 12, 8));
        // Past the end of the segment: 12 px from the nearest vertex.
        assertFalse(sketch.eraseAt(1012, 0, 8));

        assertEquals(1, sketch.strokes().size());
        // The misses recorded no edit: one undo takes back the add.
        sketch.undo();
        assertTrue(sketch.isEmpty());
    }

    @Test
    void eraseHitsASinglePointStroke() {
        sketch.addStroke(INK, 4, List.of(new Point(50, 50)));
        assertTrue(sketch.eraseAt(55, 55, 8));
        assertTrue(sketch.isEmpty());
    }

    @Test
    void eraseRemovesEveryTouchedStrokeAsOneUndoableEditKeepingZOrder() {
        Stroke bottom = sketch.addStroke(INK, 2, line(0, 0, 100, 100));
        Stroke middle = sketch.addStroke("#ff0000", 2, line(200, 200, 300, 300));
        Stroke top = sketch.addStroke(INK, 2, line(100, 0, 0, 100));

        assertTrue(sketch.eraseAt(50, 50, 8));
        assertEquals(List.of(middle), sketch.strokes());

        sketch.undo();
        assertEquals(List.of(bottom, middle, top), sketch.strokes());
    }

    @Test
    void eraseThatHitsNothingRecordsNoEdit() {
        sketch.addStroke(INK, 2, line(0, 0, 10, 0));
        sketch.undo();

        assertFalse(sketch.eraseAt(500, 500, 8));

        assertTrue(sketch.canRedo());
    }

    @Test
    void eraseRejectsANegativeRadius() {
        assertThrows(IllegalArgumentException.class, () -> sketch.eraseAt(0, 0, -1));
    }

    @Test
    void clearThenUndoRestoresAllStrokes() {
        Stroke a = sketch.addStroke(INK, 2, line(0, 0, 10, 0));
        Stroke b = sketch.addStroke(INK, 3, line(0, 5, 10, 5));

        sketch.clear();
        assertTrue(sketch.isEmpty());
        assertTrue(sketch.canUndo());

        sketch.undo();
        assertEquals(List.of(a, b), sketch.strokes());
    }

    @Test
    void clearOnAnEmptySketchRecordsNothing() {
        sketch.clear();
        assertFalse(sketch.canUndo());
    }

    @Test
    void groupedEditsUndoAsOne() {
        sketch.addStroke(INK, 2, line(0, 0, 10, 0));
        sketch.addStroke(INK, 2, line(0, 50, 10, 50));

        sketch.beginGroup();
        sketch.eraseAt(5, 0, 4);
        sketch.eraseAt(5, 50, 4);
        sketch.endGroup();
        assertTrue(sketch.isEmpty());

        sketch.undo();
        assertEquals(2, sketch.strokes().size());
        sketch.redo();
        assertTrue(sketch.isEmpty());
    }

    @Test
    void undoDuringAnOpenGroupUndoesTheGroupSoFar() {
        sketch.addStroke(INK, 2, line(0, 0, 10, 0));
        sketch.beginGroup();
        sketch.eraseAt(5, 0, 4);

        assertTrue(sketch.canUndo());
        sketch.undo();

        assertEquals(1, sketch.strokes().size());
    }

    @Test
    void listenerIsCalledAfterEveryChangeUntilRemoved() {
        AtomicInteger calls = new AtomicInteger();
        int[] sizeSeen = new int[1];
        Runnable listener = () -> {
            calls.incrementAndGet();
            sizeSeen[0] = sketch.strokes().size();
        };
        sketch.addListener(listener);

        sketch.addStroke(INK, 2, line(0, 0, 10, 0));
        assertEquals(1, sizeSeen[0]);
        sketch.eraseAt(5, 0, 2);
        sketch.undo();
        sketch.redo();
        sketch.undo();
        sketch.clear();
        assertEquals(6, calls.get());

        sketch.removeListener(listener);
        sketch.undo();
        assertEquals(6, calls.get());
    }

    @Test
    void revisionGrowsWithEveryChange() {
        long before = sketch.revision();
        sketch.addStroke(INK, 2, line(0, 0, 10, 0));
        sketch.undo();
        assertEquals(before + 2, sketch.revision());
    }

    @Test
    void boundsCoverTheInkIncludingHalfTheLineWidth() {
        assertTrue(sketch.bounds().isEmpty());

        sketch.addStroke(INK, 4, line(100, 100, 300, 200));
        sketch.addStroke(INK, 2, List.of(new Point(50, 150)));

        assertEquals(new Bounds(49, 98, 302, 202), sketch.bounds().orElseThrow());
    }

    @Test
    void ofContinuesIdsAfterTheHighestAndRejectsDuplicates() {
        Sketch restored = Sketch.of(List.of(new Stroke(7, INK, 2, line(0, 0, 1, 1)),
                new Stroke(3, INK, 2, line(0, 0, 1, 1))));
        assertEquals(8, restored.addStroke(INK, 2, line(0, 0, 1, 1)).id());
        assertFalse(restored.canRedo());

        assertThrows(IllegalArgumentException.class, () -> Sketch.of(List.of(
                new Stroke(1, INK, 2, line(0, 0, 1, 1)), new Stroke(1, INK, 2, line(0, 0, 1, 1)))));
    }
}
