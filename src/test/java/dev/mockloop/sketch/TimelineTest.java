package dev.mockloop.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every operation is stamped with the round's time and phase, and replays as it happened. */
class TimelineTest {

    private final long[] now = {0};
    private final String[] phase = {"requirements"};
    private final Sketch sketch = new Sketch();

    TimelineTest() {
        sketch.setClock(() -> new SketchStamp(now[0], phase[0]));
    }

    private Stroke strokeAt(long ms, String inPhase, double y) {
        now[0] = ms;
        phase[0] = inPhase;
        return sketch.addStroke("#000000", 2, List.of(new Point(0, y), new Point(100, y)));
    }

    @Test
    void everyOperationIsStampedWithItsTimeAndPhase() {
        strokeAt(1_000, "requirements", 0);
        strokeAt(90_000, "api", 50);
        now[0] = 95_000;
        sketch.undo();

        List<Timeline.Entry> entries = sketch.timeline().entries();
        assertEquals(3, entries.size());
        assertEquals(new Timeline.Entry(1_000, "requirements", entries.get(0).op()), entries.get(0));
        assertEquals(90_000, entries.get(1).atMs());
        assertEquals("api", entries.get(1).phaseId());
        assertEquals(95_000, entries.get(2).atMs());
        assertTrue(entries.get(2).op() instanceof TimelineOp.Remove, "an undo is logged as what it did");
    }

    @Test
    void replayShowsWhatWasOnTheBoardAtEachMomentIncludingLaterErasedInk() {
        Stroke first = strokeAt(1_000, "requirements", 0);
        Stroke second = strokeAt(90_000, "api", 50);
        now[0] = 100_000;
        sketch.eraseAt(50, 0, 2);
        now[0] = 110_000;
        sketch.move(List.of(second.id()), 0, 10);

        Timeline timeline = sketch.timeline();
        assertEquals(List.of(), timeline.replay(999));
        assertEquals(List.of(first), timeline.replay(89_999));
        assertEquals(List.of(first, second), timeline.replay(99_999));
        assertEquals(List.of(second), timeline.replay(109_999));
        assertEquals(sketch.elements(), timeline.replay(110_000));
        assertEquals(110_000, timeline.endMs());
    }

    @Test
    void phaseSpansGiveTheFirstAndLastChangeOfEachPhase() {
        strokeAt(1_000, "requirements", 0);
        strokeAt(2_000, "requirements", 10);
        strokeAt(90_000, "api", 20);

        var spans = sketch.timeline().phaseSpans();
        assertEquals(List.of("requirements", "api"), List.copyOf(spans.keySet()));
        assertEquals(1_000, spans.get("requirements")[0]);
        assertEquals(2_000, spans.get("requirements")[1]);
        assertEquals(90_000, spans.get("api")[0]);
    }

    @Test
    void aStampThatGoesBackInTimeIsRaisedSoReplayStaysInOrder() {
        strokeAt(5_000, "a", 0);
        strokeAt(4_000, "a", 10);

        assertEquals(5_000, sketch.timeline().entries().get(1).atMs());
        assertEquals(2, sketch.timeline().replay(5_000).size());
    }

    @Test
    void aSketchOpenedFromElementsReplaysFromThem() {
        Sketch opened = Sketch.of(List.of(new Stroke(3, "#000000", 2, List.of(new Point(0, 0)))));

        assertEquals(opened.elements(), opened.timeline().replay(0));
        opened.addStroke("#000000", 2, List.of(new Point(5, 5)));
        assertEquals(opened.elements(), opened.timeline().replay(0));
    }
}
