package dev.mockloop.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.ProbeResponse;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.session.CueKind;
import dev.mockloop.session.ScheduledProbe;
import dev.mockloop.ui.session.SessionView;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The session screen's timer as a person uses it, with the clock driven by hand. */
@ExtendWith(ApplicationExtension.class)
class TimerScreenTest {

    @TempDir
    Path dataDir;

    private MainWindowHarness app;
    private LibraryQuestion question;

    @Start
    void start(Stage stage) {
        app = new MainWindowHarness(dataDir, stage);
        question = app.context.library().questions().stream()
                .filter(q -> q.question().framework().equals("paired-45"))
                .filter(q -> q.question().design().probes().stream().anyMatch(p -> "deep-dive".equals(p.phase())))
                .findFirst().orElseThrow();
        app.window.screens().practise(question, question.framework());
    }

    private SessionView session() {
        return (SessionView) app.window.getCenter();
    }

    private void clock(FxRobot robot, long ms) {
        app.ticker.advanceMillis(ms);
        robot.interact(() -> session().model().refresh());
    }

    @Test
    void probeCardAppearsInItsPhaseAndItsAcknowledgementIsTimed(FxRobot robot) {
        robot.clickOn("#session-primary");
        int deepDive = indexOf("deep-dive");
        for (int i = 0; i < deepDive; i++) {
            robot.clickOn("#session-next");
        }
        ScheduledProbe first = session().model().round().probes().schedule().stream()
                .filter(p -> p.phaseIndex() == deepDive).findFirst().orElseThrow();

        clock(robot, first.atPhaseMs() - 1_000);
        assertTrue(robot.lookup("#probe-ack-" + first.index()).tryQuery().isEmpty(), "not before its time");
        clock(robot, 1_000);
        Node card = robot.lookup("#probe-ack-" + first.index()).query();
        assertTrue(robot.lookup(first.text()).tryQuery().isPresent(), "the probe's text is on the card");

        clock(robot, 12_000);
        robot.clickOn(card);
        assertTrue(robot.lookup("#probe-ack-" + first.index()).tryQuery().isEmpty(), "card gone once answered");

        robot.clickOn("#session-finish");
        robot.clickOn("Finish and score");
        Attempt attempt = scoreSaveAndReadBack(robot);
        ProbeResponse response = attempt.probes().stream().filter(p -> p.text().equals(first.text())).findFirst()
                .orElseThrow();
        assertEquals(12_000L, response.responseMs());
        assertEquals("deep-dive", response.phaseId());
    }

    @Test
    void lastMinuteWarnsThenOvertimeCountsUpWithItsOwnColourAndSound(FxRobot robot) {
        robot.clickOn("#session-primary");
        long story = question.framework().phases().get(0).plannedMillis();
        clock(robot, story - 59_000);
        assertTrue(robot.lookup("#session-phase-time").query().getStyleClass().contains("warning"));
        assertEquals("1 minute left in " + question.framework().phases().get(0).title(), text(robot, "#session-banner"));
        clock(robot, 59_000 + 83_000);
        assertEquals("+1:23", text(robot, "#session-phase-time"));
        assertTrue(robot.lookup("#session-phase-time").query().getStyleClass().contains("overtime"));
        assertEquals(java.util.List.of(CueKind.PHASE_ONE_MINUTE_LEFT, CueKind.PHASE_TIME_UP), app.cues);
    }

    @Test
    void keyboardPausesExtendsAndMovesBetweenPhases(FxRobot robot) {
        robot.clickOn("#session-guide");
        robot.type(KeyCode.SPACE);
        assertEquals("Pause", text(robot, "#session-primary"));
        clock(robot, 10_000);
        robot.type(KeyCode.SPACE);
        assertEquals("Resume", text(robot, "#session-primary"));
        clock(robot, 600_000);
        assertEquals(10_000, session().model().round().timer().snapshot().phaseElapsedMs(), "paused: clock stood still");

        long before = session().model().round().timer().plannedMillis().get(0);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        assertEquals(before + 300_000, session().model().round().timer().plannedMillis().get(0));

        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        assertEquals(1, session().model().round().timer().currentPhase());
        assertTrue(robot.lookup("#session-design").query().isVisible());
        robot.press(KeyCode.CONTROL).type(KeyCode.LEFT).release(KeyCode.CONTROL);
        assertEquals(0, session().model().round().timer().currentPhase());
        assertTrue(robot.lookup("#session-back").queryButton().isDisabled(), "back is disabled in the first phase");
        assertTrue(((Labeled) robot.lookup("#session-back").query()).getTooltip().getText().contains("Ctrl+Left"));
    }

    private int indexOf(String phaseId) {
        var phases = question.framework().phases();
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).id().equals(phaseId)) {
                return i;
            }
        }
        throw new AssertionError("no phase " + phaseId);
    }

    /** Scores every dimension 2 with a verdict, saves, and reads the attempt back. */
    private Attempt scoreSaveAndReadBack(FxRobot robot) {
        for (var d : question.pack().pack().rubric().dimensions()) {
            Node node = robot.lookup("#score-" + d.id() + "-2").query();
            robot.interact(node::requestFocus);
            robot.clickOn(node);
        }
        Node verdict = robot.lookup("#verdict-LEAN_HIRE").query();
        robot.interact(verdict::requestFocus);
        robot.clickOn(verdict);
        robot.clickOn("#scoring-save");
        // A round this short asks first (it may be kept out of the stats); count it.
        robot.lookup("Save and count it").tryQuery().ifPresent(robot::clickOn);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#attempt-title").tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("attempt view did not open", e);
        }
        long id = app.context.attempts().listSummaries().get(0).id();
        return app.context.attempts().find(id).orElseThrow();
    }

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }
}
