package dev.mockloop.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.ProbeFate;
import dev.mockloop.attempt.ProbeResponse;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.session.ScheduledProbe;
import dev.mockloop.session.TimerState;
import dev.mockloop.ui.session.SessionView;
import dev.mockloop.ui.sketch.SketchTool;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The round screen's safe actions and a timer display that tells the truth (issue 14):
 * finishing and abandoning ask first, Back before the start, phase chips after an
 * extension, overtime wording, probes of a skipped phase listed as missed, a cog menu
 * inside the window, and a round that opens on the Select tool.
 */
@ExtendWith(ApplicationExtension.class)
class RoundSafetyTest {

    @TempDir
    Path dataDir;

    private MainWindowHarness app;
    private LibraryQuestion question;

    @Start
    void start(Stage stage) {
        app = new MainWindowHarness(dataDir, stage, 1024, 640);
        // A question on the 45-minute paired framework with a probe in its requirements phase.
        question = app.context.library().questions().stream()
                .filter(q -> q.question().framework().equals("paired-45"))
                .filter(q -> q.question().design().probes().stream().anyMatch(p -> "requirements".equals(p.phase())))
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
    void finishEarlyAsksFirstAndKeepGoingKeepsTheRoundRunning(FxRobot robot) {
        robot.clickOn("#session-primary");
        clock(robot, 90_000);
        robot.clickOn("#session-finish");
        assertTrue(robot.lookup("Finish the round now?").tryQuery().isPresent(), "it asks");
        robot.clickOn("Keep going");
        assertEquals(TimerState.RUNNING, session().model().round().timer().state());

        robot.clickOn("#session-guide");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertTrue(robot.lookup("Finish the round now?").tryQuery().isPresent(), "Ctrl+Enter asks too");
        robot.clickOn("Finish and score");
        assertTrue(robot.lookup("#scoring-save").tryQuery().isPresent(), "scoring opens");
    }

    @Test
    void abandoningAsksFirstThenGoesHomeLeavingNoRound(FxRobot robot) {
        robot.clickOn("#session-primary");
        clock(robot, 60_000);
        assertTrue(app.context.rounds().loadDraft().isPresent(), "autosaved");
        robot.clickOn("#session-abandon");
        robot.clickOn("Keep the round");
        assertEquals(TimerState.RUNNING, session().model().round().timer().state(), "nothing happened");

        robot.clickOn("#session-abandon");
        robot.clickOn("Abandon round");
        assertTrue(robot.lookup("#home-questions").tryQuery().isPresent(), "back home");
        assertTrue(app.context.rounds().loadDraft().isEmpty(), "the draft is gone");
        assertEquals(0, app.context.attempts().count(), "nothing saved");
        assertFalse(robot.lookup("#nav-history").queryAs(javafx.scene.control.ToggleButton.class).isDisabled(),
                "the top bar is free again");
    }

    @Test
    void backBeforeTheStartGoesHomeAtOnceButAsksWhenNotesWouldBeLost(FxRobot robot) {
        assertFalse(robot.lookup("#session-abandon").query().isVisible(), "no Abandon before the start");
        robot.clickOn("#session-notes").write("clarify read/write ratio");
        robot.clickOn("#session-leave");
        assertTrue(robot.lookup("Go back and throw away your notes and sketch?").tryQuery().isPresent());
        robot.clickOn("Keep the round");
        assertTrue(robot.lookup("#session-notes").tryQuery().isPresent(), "still on the round");

        robot.interact(() -> session().model().notesProperty().set(""));
        robot.clickOn("#session-leave");
        assertTrue(robot.lookup("#home-questions").tryQuery().isPresent(), "nothing to lose: straight back");
    }

    @Test
    void phaseChipsShowTheCurrentPlanAfterAnExtension(FxRobot robot) {
        robot.clickOn("#session-primary");
        assertEquals("Behavioral story\n8:00", text(robot, "#phase-0"));
        assertEquals("Requirements\n5:00", text(robot, "#phase-1"));

        robot.clickOn("#session-guide");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);  // from later phases
        assertEquals("Behavioral story\n9:00", text(robot, "#phase-0"));
        assertEquals("Requirements\n4:00", text(robot, "#phase-1"), "the minute came from the next phase");
        assertTrue(robot.lookup("#phase-1").query().getAccessibleText().matches("Phase 2 of \\d+: Requirements, 4 minutes.*"));
    }

    @Test
    void overtimeSaysOverNotLeft(FxRobot robot) {
        robot.clickOn("#session-primary");
        assertEquals("left in phase", text(robot, "#session-phase-caption"));
        clock(robot, 8 * 60_000 + 69_000);
        assertEquals("+1:09", text(robot, "#session-phase-time"));
        assertEquals("over in phase", text(robot, "#session-phase-caption"));
        assertEquals("left in round", text(robot, "#session-round-caption"), "the round still has time");
        assertEquals("+1:09 over in phase", robot.lookup("#session-phase-time").query().getParent().getAccessibleText());
    }

    @Test
    void aProbeOfASkippedPhaseIsListedAsMissedAndKeptSoOnTheAttempt(FxRobot robot) {
        ScheduledProbe probe = session().model().round().probes().schedule().stream()
                .filter(p -> "requirements".equals(p.phaseId())).findFirst().orElseThrow();
        robot.clickOn("#session-primary");
        robot.clickOn("#session-next");  // into requirements
        clock(robot, 10_000);
        assertTrue(robot.lookup("#probe-missed-" + probe.index()).tryQuery().isEmpty(), "not missed yet");
        robot.clickOn("#session-next");  // requirements left before the probe's minute
        Node missed = robot.lookup("#probe-missed-" + probe.index()).query();
        assertTrue(robot.lookup("#probe-missed-" + probe.index()).queryLabeled().getText().contains(probe.text()));
        assertTrue(missed.isVisible());
        assertTrue(robot.lookup("#probe-dock-count").queryLabeled().getText().contains("1 missed"));

        robot.clickOn("#session-back");  // back in requirements: it can still come up
        assertTrue(robot.lookup("#probe-missed-" + probe.index()).tryQuery().isEmpty());
        robot.clickOn("#session-next");
        SessionView round = session();
        robot.interact(() -> round.model().finish());
        var attempt = round.model().round().toAttempt(new byte[0], true);
        ProbeResponse kept = attempt.probes().stream().filter(p -> p.text().equals(probe.text())).findFirst()
                .orElseThrow();
        assertEquals(ProbeFate.SKIPPED, ProbeFate.of(kept, attempt.phases()), "the attempt keeps it as missed");
    }

    @Test
    void theProbeDockFoldsMovesAndStaysClearOfTheZoomBar(FxRobot robot) {
        robot.clickOn("#session-primary");
        robot.clickOn("#session-next");
        clock(robot, 10_000);
        robot.clickOn("#session-next");  // a missed probe puts the dock up
        Node dock = robot.lookup("#probe-dock").query();
        Node zoom = robot.lookup(".sketch-view-controls").query();
        Node stencils = robot.lookup(".sketch-stencils").query();
        Node toolbar = robot.lookup(".sketch-toolbar").query();

        robot.drag("#probe-dock-handle").dropBy(-900, 900);  // far past the board's corner
        WaitForAsyncUtils.waitForFxEvents();
        for (Node control : new Node[] {zoom, stencils, toolbar}) {
            assertFalse(bounds(dock).intersects(bounds(control)), "the dock covers " + control.getStyleClass());
        }
        assertTrue(robot.lookup(".sketch-board").query().localToScene(robot.lookup(".sketch-board").query()
                .getLayoutBounds()).contains(bounds(dock)), "the dock stays on the board");

        double open = bounds(dock).getHeight();
        robot.clickOn("#probe-dock-collapse");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(".probe-dock-body").query().isVisible(), "folded to its header");
        assertTrue(bounds(dock).getHeight() < open / 2, "folded from " + open + " to " + bounds(dock).getHeight());
        robot.clickOn("#probe-dock-collapse");
        assertTrue(robot.lookup("#probe-missed-" + session().model().missedProbes().get(0).index()).query().isVisible(),
                "and back");
    }

    @Test
    void theCogMenuOpensInsideTheWindow(FxRobot robot) {
        robot.clickOn("#session-settings");
        WaitForAsyncUtils.waitForFxEvents();
        Window menu = Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .findFirst().orElseThrow();
        Window stage = app.window.getScene().getWindow();
        assertTrue(menu.getX() + menu.getWidth() <= stage.getX() + stage.getWidth() + 16,
                "menu ends at " + (menu.getX() + menu.getWidth()) + ", window at " + (stage.getX() + stage.getWidth()));
        assertTrue(menu.getX() >= stage.getX());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aNewRoundOpensOnTheSelectTool(FxRobot robot) {
        assertEquals(SketchTool.SELECT, session().pad().model().toolProperty().get());
        assertTrue(robot.lookup("#tool-select").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    @SuppressWarnings("unused")
    private static void await(FxRobot robot, String query) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError(query + " did not appear", e);
        }
    }
}
