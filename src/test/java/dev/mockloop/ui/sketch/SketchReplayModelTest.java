package dev.mockloop.ui.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Point;
import dev.mockloop.sketch.Sketch;
import dev.mockloop.sketch.SketchStamp;
import dev.mockloop.sketch.Stroke;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scrubbing a saved round's sketch: what was on the board at each moment, and in which phase. */
class SketchReplayModelTest {

    private static final List<PhaseMark> PHASES = List.of(
            new PhaseMark("requirements", "Requirements", 0, 300_000),
            new PhaseMark("api", "API and data model", 300_000, 600_000),
            new PhaseMark("design", "High-level design", 600_000, 1_200_000));

    private final long[] now = {0};
    private final String[] phase = {"requirements"};
    private final Sketch sketch = new Sketch();
    private final Stroke client;
    private final Stroke api;

    SketchReplayModelTest() {
        sketch.setClock(() -> new SketchStamp(now[0], phase[0]));
        client = strokeAt(60_000, "requirements", 0, 0, 100, 0);
        api = strokeAt(400_000, "api", 0, 200, 300, 250);
        now[0] = 900_000;
        phase[0] = "design";
        sketch.eraseAt(50, 0, 2);  // the client is rubbed out in the design phase
    }

    private Stroke strokeAt(long ms, String inPhase, double x1, double y1, double x2, double y2) {
        now[0] = ms;
        phase[0] = inPhase;
        return sketch.addStroke("#000000", 2, List.of(new Point(x1, y1), new Point(x2, y2)));
    }

    @Test
    void theReplayOpensOnTheFinalSketchAtTheEndOfTheRound() {
        SketchReplayModel model = new SketchReplayModel(sketch.timeline(), PHASES);

        assertEquals(1_200_000, model.endMs(), "the round's end, after the last change");
        assertEquals(1_200_000, model.timeProperty().get());
        assertEquals(List.of(api), model.elementsProperty().get());
        assertEquals("20:00 · High-level design · 1 element", model.captionProperty().get());
    }

    @Test
    void scrubbingBackShowsWhatWasOnTheBoardThenAndThePhaseItFellIn() {
        SketchReplayModel model = new SketchReplayModel(sketch.timeline(), PHASES);

        model.timeProperty().set(30_000);
        assertEquals(List.of(), model.elementsProperty().get());
        assertEquals("0:30 · Requirements · 0 elements", model.captionProperty().get());

        model.timeProperty().set(450_000);
        assertEquals(List.of(client, api), model.elementsProperty().get(), "erased ink is back before its erasing");
        assertEquals("7:30 · API and data model · 2 elements", model.captionProperty().get());
    }

    @Test
    void scrubbingPastEitherEndStopsThere() {
        SketchReplayModel model = new SketchReplayModel(sketch.timeline(), PHASES);

        model.timeProperty().set(-5_000);
        assertEquals(0, model.timeProperty().get());
        model.timeProperty().set(5_000_000);
        assertEquals(1_200_000, model.timeProperty().get());
        assertEquals(List.of(api), model.elementsProperty().get());
    }

    @Test
    void theFrameHoldsEveryElementTheSketchEverHadSoTheReplayDoesNotJump() {
        SketchReplayModel model = new SketchReplayModel(sketch.timeline(), PHASES);

        Bounds frame = model.frame().orElseThrow();
        assertTrue(frame.minX() <= 0 && frame.minY() <= 0, "the erased client is inside it: " + frame);
        assertTrue(frame.maxX() >= 300 && frame.maxY() >= 250, "so is the API: " + frame);
    }

    @Test
    void anEmptySketchHasNoFrameAndTheLastPhaseCoversTheVeryEnd() {
        SketchReplayModel model = new SketchReplayModel(new Sketch().timeline(), PHASES);

        assertTrue(model.frame().isEmpty());
        assertEquals("High-level design", model.phaseAt(1_200_000).orElseThrow().title());
        assertEquals("Requirements", model.phaseAt(0).orElseThrow().title());
        assertEquals("20:00 · High-level design · 0 elements", model.captionProperty().get());
    }
}
