package dev.mockloop.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.pack.Dimension;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.ui.scoring.ScoringView;
import dev.mockloop.ui.session.SessionView;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The scoring screen as a person uses it: the answer key beside the rubric, and nothing lost. */
@ExtendWith(ApplicationExtension.class)
class ScoringScreenTest {

    @TempDir
    Path dataDir;

    private Stage stage;
    private MainWindowHarness app;
    private LibraryQuestion question;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new MainWindowHarness(dataDir, stage);
        question = app.context.library().questions().stream()
                .filter(q -> q.question().design().probes().size() >= 2).findFirst().orElseThrow();
    }

    /** Runs a round of {@code minutes} with notes, finishing it early, and lands on the scoring screen. */
    private void roundOf(FxRobot robot, int minutes) {
        robot.interact(() -> app.window.screens().practise(question, question.framework()));
        robot.clickOn("#session-primary");
        robot.clickOn("#session-notes").write("LB -> API -> cache");
        app.ticker.advanceMillis(minutes * 60_000L);
        robot.interact(() -> ((SessionView) app.window.getCenter()).model().refresh());
        robot.interact(() -> ((SessionView) app.window.getCenter()).model().finish());
    }

    /** Brings a control into view, as tabbing to it would, and clicks it. */
    private static void pick(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
        robot.clickOn(node);
    }

    private Dimension dimension(int i) {
        return question.pack().pack().rubric().dimensions().get(i);
    }

    @Test
    void theAnswerKeySitsBesideTheRubricWithEveryProbesFateAndYourNotes(FxRobot robot) {
        roundOf(robot, 6);

        assertTrue(app.window.getCenter() instanceof ScoringView);
        for (String signal : question.question().design().signals()) {
            assertTrue(robot.lookup("• " + signal).tryQuery().isPresent(), "design signal shown: " + signal);
        }
        for (String clarifying : question.question().design().clarifyingQuestions()) {
            assertTrue(robot.lookup("• " + clarifying).tryQuery().isPresent(), "clarifying question shown");
        }
        String firstProbe = question.question().design().probes().get(0).text();
        assertTrue(robot.lookup("\u201c" + firstProbe + "\u201d").tryQuery().isPresent(), "every probe is listed");
        assertTrue(robot.lookup(".probe-not-reached").tryQuery().isPresent()
                || robot.lookup(".probe-skipped").tryQuery().isPresent(), "a probe that never came up says why");
        assertEquals("LB -> API -> cache", robot.lookup("#scoring-notes").queryLabeled().getText());
        TitledPane notes = robot.lookup("#scoring-your-notes").queryAs(TitledPane.class);
        robot.interact(() -> robot.lookup("#scoring-beside").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        robot.clickOn(notes.lookup(".title"));
        assertFalse(notes.isExpanded(), "your notes collapse");
    }

    @Test
    void picksOnTheScoringScreenComeBackAfterTheAppDies(FxRobot robot) {
        roundOf(robot, 6);
        pick(robot, "#score-" + dimension(0).id() + "-3");
        pick(robot, "#score-" + dimension(1).id() + "-2");
        Node reflection = robot.lookup("#scoring-reflection").query();
        robot.interact(reflection::requestFocus);
        robot.clickOn(reflection).write("estimate earlier");

        // The process dies: a new window opens the same data, as the next start would.
        robot.interact(() -> app = new MainWindowHarness(dataDir, stage));
        robot.clickOn("#recovery-resume");

        assertTrue(app.window.getCenter() instanceof ScoringView, "a round being scored goes back to scoring");
        assertTrue(robot.lookup("#score-" + dimension(0).id() + "-3").queryAs(ToggleButton.class).isSelected());
        assertTrue(robot.lookup("#score-" + dimension(1).id() + "-2").queryAs(ToggleButton.class).isSelected());
        assertEquals("estimate earlier", robot.lookup("#scoring-reflection")
                .queryAs(javafx.scene.control.TextArea.class).getText());
    }

    @Test
    void aRoundUnderFiveMinutesAsksAndCanBeKeptOutOfTheStats(FxRobot robot) {
        roundOf(robot, 2);
        for (Dimension d : question.pack().pack().rubric().dimensions()) {
            pick(robot, "#score-" + d.id() + "-4");
        }
        pick(robot, "#verdict-STRONG_HIRE");
        robot.clickOn("#scoring-save");

        robot.clickOn("Save, keep out of stats");

        assertTrue(robot.lookup("#attempt-title").tryQuery().isPresent(), "saved and opened");
        long id = app.context.attempts().listSummaries().get(0).id();
        assertFalse(app.context.attempts().find(id).orElseThrow().inStats());
    }

    @Test
    void abandoningAsksFirstThenLeavesNoRoundBehind(FxRobot robot) {
        roundOf(robot, 6);

        robot.clickOn("#scoring-abandon");
        robot.clickOn("Cancel");
        assertTrue(app.window.getCenter() instanceof ScoringView, "Cancel keeps the round");

        robot.clickOn("#scoring-abandon");
        robot.clickOn("Abandon round");
        assertTrue(robot.lookup("#home-questions").tryQuery().isPresent(), "back on the home screen");
        assertTrue(app.context.rounds().loadDraft().isEmpty(), "no round is offered at the next start");
        assertEquals(0, app.context.attempts().count());
    }
}
