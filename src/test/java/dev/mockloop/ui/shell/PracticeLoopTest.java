package dev.mockloop.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.app.AppContext;
import dev.mockloop.attempt.Attempt;
import dev.mockloop.review.HistoryRow;
import dev.mockloop.attempt.PhaseTime;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.Dimension;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.Phase;
import dev.mockloop.sketch.SketchCodec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole loop as a person drives it: pick, practise, draw, note, score, save, find in history. */
@ExtendWith(ApplicationExtension.class)
class PracticeLoopTest {

    private static final String QUESTION_PACK = "mockloop.bar-raiser";
    private static final long EXTRA_MS = 10_000;

    @TempDir
    static Path dataDir;

    private MainWindowHarness app;

    @Start
    void start(Stage stage) {
        app = new MainWindowHarness(dataDir, stage);
    }

    @Test
    void roundOnABundledQuestionIsSavedAndFoundInHistoryAfterRestart(FxRobot robot) {
        LibraryQuestion question = app.context.library().pack(QUESTION_PACK).map(p -> new LibraryQuestion(p,
                p.pack().questions().get(0))).orElseThrow();
        List<Phase> phases = question.framework().phases();

        // Home: find the question by searching, pick it, start.
        robot.clickOn("#home-search").write(question.question().title());
        TableView<?> questions = robot.lookup("#home-questions").queryAs(TableView.class);
        assertEquals(1, questions.getItems().size(), "search narrows to the one question");
        robot.clickOn(robot.lookup("#home-questions .table-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText(question.question().title()))
                .queryAs(Node.class));
        robot.clickOn("#home-start");

        // Session: start the clock. The story comes first; the design prompt is hidden.
        robot.clickOn("#session-primary");
        assertEquals("Pause", text(robot, "#session-primary"));
        assertFalse(robot.lookup("#session-design").query().isVisible(), "design hidden during the story");

        // Time moves by hand; the display redraws from the clock.
        app.ticker.advance(Duration.ofSeconds(65));
        waitForText(robot, "#session-phase-time", countdown(phases.get(0).plannedMillis() - 65_000));

        // Draw on the pad with the pen (a round opens on Select) and write a note.
        robot.clickOn("#tool-pen");
        robot.drag("#sketch-canvas").moveBy(120, 40).moveBy(60, 80).drop();
        robot.clickOn("#session-notes").write("Idempotency key per merchant event");
        assertEquals(1, currentRoundStrokes(), "one stroke on the pad");

        // Walk every phase by driving the clock: each runs its budget plus 10 s.
        app.ticker.advanceMillis(phases.get(0).plannedMillis() - 65_000 + EXTRA_MS);
        for (int i = 0; i < phases.size(); i++) {
            if (i > 0) {
                app.ticker.advanceMillis(phases.get(i).plannedMillis() + EXTRA_MS);
            }
            waitForText(robot, "#session-phase-time", "+0:10");
            robot.clickOn("#session-next");
            if (i == 0) {
                assertTrue(robot.lookup("#session-design").query().isVisible(), "design revealed after the story");
            }
        }

        // Scoring: every dimension, a failure mode, a verdict, a reflection.
        List<Dimension> dimensions = question.pack().pack().rubric().dimensions();
        for (Dimension d : dimensions) {
            clickInForm(robot, "#score-" + d.id() + "-3");
        }
        String failureId = question.pack().pack().failureModes().get(0).id();
        clickInForm(robot, "#failure-" + failureId);
        clickInForm(robot, "#verdict-HIRE");
        clickInForm(robot, "#scoring-reflection");
        robot.write("Committed to numbers late.");
        robot.clickOn("#scoring-save");

        // Saved: the attempt view shows what was done.
        assertEquals(question.question().title(), text(robot, "#attempt-title"));
        assertEquals("Idempotency key per merchant event", text(robot, "#attempt-notes"));
        assertTrue(text(robot, "#attempt-verdict").startsWith("Hire · mean score 3.0"));
        assertTrue(robot.lookup("#attempt-sketch").tryQuery().isPresent(), "sketch image shown");

        // History lists it.
        robot.clickOn("#attempt-back");
        TableView<?> history = robot.lookup("#history-table").queryAs(TableView.class);
        assertEquals(1, history.getItems().size());
        HistoryRow row = (HistoryRow) history.getItems().get(0);
        assertEquals(question.question().title(), row.questionTitle());
        assertEquals(Verdict.HIRE, row.verdict());
        assertEquals(3.0, row.meanScore(), 1e-9);

        // A restart reads the same attempt back from disk, every phase timed exactly.
        try (AppContext reopened = AppContext.open(dataDir)) {
            Attempt saved = reopened.attempts().find(row.id()).orElseThrow();
            assertEquals(QUESTION_PACK, saved.packId());
            assertEquals(question.question().id(), saved.questionId());
            for (int i = 0; i < phases.size(); i++) {
                PhaseTime time = saved.phases().get(i);
                assertEquals(phases.get(i).plannedMillis(), time.plannedMs());
                assertEquals(phases.get(i).plannedMillis() + EXTRA_MS, time.actualMs(), time.title());
            }
            assertEquals(1, saved.failureModes().size());
            assertEquals(dimensions.size(), saved.scores().size());
            assertEquals(1, SketchCodec.fromJson(saved.sketchJson()).strokes().size());
            assertTrue(saved.sketchPng().length > 100, "PNG stored");
            assertEquals("Committed to numbers late.", saved.reflection());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private int currentRoundStrokes() {
        var view = (dev.mockloop.ui.session.SessionView) app.window.getCenter();
        return view.model().round().sketch().strokes().size();
    }

    /** Focuses the control first, as Tab would, so the form scrolls it into view; then clicks it. */
    private static void clickInForm(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
        robot.clickOn(node);
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node instanceof Label label ? label.getText() : ((javafx.scene.control.Labeled) node).getText();
    }

    private static void waitForText(FxRobot robot, String query, String expected) {
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> expected.equals(text(robot, query)));
        } catch (java.util.concurrent.TimeoutException e) {
            assertEquals(expected, text(robot, query), "display after the clock moved");
        }
    }

    private static String countdown(long ms) {
        return dev.mockloop.ui.common.TimeText.countdown(ms);
    }
}
