package dev.mockloop.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.app.AppContext;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.session.ManualTicker;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.session.TimerState;
import dev.mockloop.sketch.Point;
import dev.mockloop.ui.session.SessionView;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** After a crash the next start offers the autosaved round: resume it or keep it unfinished. */
@ExtendWith(ApplicationExtension.class)
class RecoveryScreenTest {

    @TempDir
    Path dataDir;

    private MainWindowHarness app;

    @Start
    void start(Stage stage) {
        // The "previous run": a round 7 minutes in, autosaved, then the process died.
        ManualTicker ticker = new ManualTicker();
        try (AppContext previous = AppContext.open(dataDir, Clock.systemUTC(), ticker, Runnable::run, Runnable::run)) {
            LibraryQuestion q = previous.library().questions().get(0);
            ActiveRound round = previous.rounds().begin(q, null);
            round.start();
            ticker.advanceMillis(7 * 60_000);
            round.setNotes("write path first");
            round.round().sketch().addStroke("#000000", 2, List.of(new Point(5, 5), new Point(50, 50)));
            round.tick();  // the periodic autosave
        }
        app = new MainWindowHarness(dataDir, stage);
    }

    @Test
    void resumeBringsBackNotesSketchAndTheClockPaused(FxRobot robot) {
        assertTrue(robot.lookup("#recovery").tryQuery().isPresent(), "the start offers the round first");
        robot.clickOn("#recovery-resume");

        SessionView session = (SessionView) app.window.getCenter();
        assertEquals("write path first", robot.lookup("#session-notes").queryAs(TextArea.class).getText());
        assertEquals(1, session.model().round().sketch().strokes().size());
        assertEquals(TimerState.PAUSED, session.model().round().timer().state());
        assertEquals("Resume", ((Labeled) robot.lookup("#session-primary").query()).getText());
        assertEquals(7 * 60_000, session.model().round().timer().snapshot().roundElapsedMs());
    }

    @Test
    void keepingItUnfinishedPutsItInHistoryAndClearsTheDraft(FxRobot robot) {
        robot.clickOn("#recovery-keep");

        assertTrue(((Labeled) robot.lookup("#attempt-verdict").query()).getText().startsWith("Unfinished"));
        assertTrue(robot.lookup("#attempt-sketch").tryQuery().isPresent(), "its sketch is drawn from the vectors");
        assertTrue(app.context.rounds().loadDraft().isEmpty());
        assertEquals(1, app.context.attempts().count());
    }

    @Test
    void theScreenSaysWhereTheRoundStoppedAndDiscardAsksFirst(FxRobot robot) {
        String what = ((Labeled) robot.lookup("#recovery-what").query()).getText();
        assertTrue(what.contains("It was running in") && what.contains("7:00 into the round"), what);

        robot.clickOn("#recovery-discard");
        robot.clickOn("Keep the round");
        assertTrue(app.context.rounds().loadDraft().isPresent(), "kept: nothing deleted");
        assertTrue(robot.lookup("#recovery").tryQuery().isPresent());

        robot.clickOn("#recovery-discard");
        robot.clickOn("Discard it");
        assertTrue(robot.lookup("#home-questions").tryQuery().isPresent(), "home");
        assertTrue(app.context.rounds().loadDraft().isEmpty(), "the draft is gone");
        assertEquals(0, app.context.attempts().count());
    }
}
