package dev.mockloop.ui.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.voice.TalkFigures;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TalkFiguresPaneTest {

    private final AtomicReference<Stage> stage = new AtomicReference<>();

    @Start
    void start(Stage s) {
        stage.set(s);
    }

    private void show(FxRobot robot, TalkFigures figures) {
        robot.interact(() -> {
            stage.get().setScene(new Scene(new TalkFiguresPane(figures), 800, 500));
            stage.get().show();
        });
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theAttemptShowsHowMuchWasSaidInEachPhaseAndHowSoonEachProbeWasAnswered(FxRobot robot) {
        show(robot, new TalkFigures(600_000, 270_000, 41_000,
                List.of(new TalkFigures.PhaseTalk("req", "Requirements", 240_000, 60_000),
                        new TalkFigures.PhaseTalk("design", "Design", 360_000, 210_000)),
                List.of(new TalkFigures.ProbeReply("What if the cache dies?", 300_000, 2_400L),
                        new TalkFigures.ProbeReply("How do you shard?", 590_000, null))));

        assertEquals("45% of the round talking (4:30 of 10:00)", text(robot, "#talk-share"));
        assertEquals("Longest silence: 0:41", text(robot, "#talk-longest-silence"));
        assertEquals("1:00 of 4:00 · 25%", text(robot, "#talk-phase-req"));
        assertTrue(text(robot, "#talk-probe-0").endsWith("you began answering after 2.4 s"), text(robot, "#talk-probe-0"));
        assertTrue(text(robot, "#talk-probe-1").contains("no answer spoken"), text(robot, "#talk-probe-1"));
    }

    @Test
    void aRoundWithoutARecordingSaysSo(FxRobot robot) {
        show(robot, null);
        assertTrue(text(robot, "#talk-message").contains("not recorded"));
    }
}
