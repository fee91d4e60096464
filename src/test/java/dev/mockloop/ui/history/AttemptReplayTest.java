package dev.mockloop.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.PhaseTime;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.sketch.Point;
import dev.mockloop.sketch.Sketch;
import dev.mockloop.sketch.SketchCodec;
import dev.mockloop.sketch.SketchStamp;
import dev.mockloop.sketch.Stencil;
import dev.mockloop.ui.sketch.SketchReplay;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The attempt view replays the saved sketch as it grew, scrubbed phase by phase. */
@ExtendWith(ApplicationExtension.class)
class AttemptReplayTest {

    private static final Instant START = Instant.parse("2026-11-21T09:30:00Z");
    private static final List<PhaseTime> PHASES = List.of(
            new PhaseTime("requirements", "Requirements", 300_000, 300_000),
            new PhaseTime("api", "API and data model", 360_000, 300_000),
            new PhaseTime("design", "High-level design", 600_000, 600_000));

    private final AtomicReference<Stage> stage = new AtomicReference<>();
    /** A 2 x 1 PNG standing in for the saved picture. */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGP4z8AARAAI/gH/xp559wAAAABJRU5ErkJggg==");

    @Start
    void start(Stage s) {
        stage.set(s);
    }

    /** One client in requirements, an API service in the API phase, a database in the design phase. */
    private static String grownSketch() {
        Sketch sketch = new Sketch();
        long[] t = {60_000};
        String[] phase = {"requirements"};
        sketch.setClock(() -> new SketchStamp(t[0], phase[0]));
        sketch.add(Stencil.CLIENT.template(100, 100, "#1f2937"));
        t[0] = 400_000;
        phase[0] = "api";
        sketch.add(Stencil.SERVICE.template(100, 250, "#1f2937"));
        t[0] = 900_000;
        phase[0] = "design";
        sketch.add(Stencil.DATABASE.template(100, 400, "#1f2937"));
        sketch.addStroke("#dc2626", 2, List.of(new Point(0, 0), new Point(50, 50)));
        return SketchCodec.toJson(sketch);
    }

    private static Attempt attempt(String sketchJson) {
        return new Attempt(7L, "core", "1.0.0", "q", "Design a feed", "Tell me", "Design it", "fw", "Framework",
                START, START.plusSeconds(1200), PHASES, "", sketchJson, PNG, List.of(), List.of(),
                Verdict.HIRE, "");
    }

    private void show(FxRobot robot, Attempt attempt) {
        robot.interact(() -> {
            stage.get().setScene(new Scene(new AttemptView(attempt, null, dev.mockloop.ui.coach.TestCoverage.off(), () -> { }, ZoneOffset.UTC,
                    AttemptExtras.NONE), 1100, 800));
            stage.get().show();
        });
    }

    private static String caption(FxRobot robot) {
        return robot.lookup("#replay-caption").queryAs(Label.class).getText();
    }

    @Test
    void scrubbingShowsWhatWasDrawnByEachMomentWithItsPhase(FxRobot robot) {
        show(robot, attempt(grownSketch()));
        SketchReplay replay = robot.lookup("#attempt-replay").queryAs(SketchReplay.class);
        assertEquals("20:00 · High-level design · 4 elements", caption(robot), "opens on the finished sketch");
        assertTrue(robot.lookup("#attempt-sketch").query().isVisible(), "the saved picture shows at the end");

        // "What had I drawn by the end of the API phase?" (10:00 into the round)
        robot.interact(() -> replay.model().timeProperty().set(599_000));
        assertEquals(2, replay.model().elementsProperty().get().size());
        assertTrue(caption(robot).contains("API and data model"), caption(robot));
        assertTrue(robot.lookup("#replay-canvas").query().isVisible(), "earlier moments are replayed in its place");

        Node scrubber = robot.lookup("#replay-scrubber").query();
        robot.interact(scrubber::requestFocus);
        robot.push(KeyCode.HOME);
        assertEquals(0, replay.model().elementsProperty().get().size(), "the very start is blank");
        robot.push(KeyCode.END);
        assertEquals(4, replay.model().elementsProperty().get().size());
    }

    @Test
    void clickingTheScrubberJumpsToThatMoment(FxRobot robot) throws Exception {
        Sketch sketch = SketchCodec.fromJson(grownSketch());
        AtomicReference<SketchReplay> shown = new AtomicReference<>();
        robot.interact(() -> {
            shown.set(new SketchReplay(sketch.timeline(), List.of(
                    new dev.mockloop.ui.sketch.PhaseMark("requirements", "Requirements", 0, 300_000),
                    new dev.mockloop.ui.sketch.PhaseMark("api", "API", 300_000, 600_000),
                    new dev.mockloop.ui.sketch.PhaseMark("design", "Design", 600_000, 1_200_000))));
            stage.get().setScene(new Scene(shown.get(), 900, 700));
            stage.get().show();
        });
        Node scrubber = robot.lookup("#replay-scrubber").query();
        javafx.geometry.Bounds box = org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> scrubber.localToScreen(scrubber.getBoundsInLocal()));

        // A quarter of the way: 5:00, the end of requirements, when only the client was there.
        robot.clickOn(new javafx.geometry.Point2D(box.getMinX() + box.getWidth() * 0.24, box.getCenterY()));

        assertEquals(1, shown.get().model().elementsProperty().get().size());
        assertTrue(caption(robot).contains("Requirements"), caption(robot));
    }

    @Test
    void aSketchFromBeforeReplaysExistedSaysSoAndStillOpens(FxRobot robot) {
        show(robot, attempt("{\"version\":1,\"strokes\":[{\"id\":1,\"color\":\"#000000\",\"width\":2,"
                + "\"points\":[0,0,5,5]}]}"));

        assertTrue(robot.lookup("#attempt-replay").tryQuery().isEmpty());
        assertTrue(robot.lookup(hasText("No replay")).tryQuery().isPresent());
    }

    @Test
    void brokenSketchDataExplainsWhyThereIsNoReplay(FxRobot robot) {
        show(robot, attempt("{\"version\":9}"));

        assertTrue(robot.lookup(hasText("update Mockloop")).tryQuery().isPresent());
    }

    private static java.util.function.Predicate<Node> hasText(String part) {
        return n -> n instanceof Label l && l.getText() != null && l.getText().contains(part);
    }
}
