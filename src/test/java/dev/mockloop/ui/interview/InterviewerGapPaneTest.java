package dev.mockloop.ui.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mockloop.interview.ScoreGap;
import dev.mockloop.ui.common.DirectTaskRunner;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Progress series of self-score against interviewer score. */
@ExtendWith(ApplicationExtension.class)
class InterviewerGapPaneTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 720, 480));
        stage.show();
    }

    @Test
    void theWidestGapIsSaidAndEachDimensionHasItsLine(FxRobot robot) {
        Instant monday = Instant.parse("2026-11-30T10:00:00Z");
        Instant tuesday = Instant.parse("2026-12-01T10:00:00Z");
        List<ScoreGap> gaps = List.of(new ScoreGap(monday, "scope", "Scope", 3, 3),
                new ScoreGap(monday, "deep", "Deep dive", 4, 3), new ScoreGap(tuesday, "deep", "Deep dive", 3, 2));
        robot.interact(() -> {
            var model = new InterviewerGapViewModel(() -> gaps, new DirectTaskRunner(), ZoneOffset.UTC);
            model.load();
            robot.window(0).getScene().setRoot(new InterviewerGapPane(model));
        });

        assertEquals("You rate your deep dive a point higher than your interviewers do (over 2 rounds).",
                robot.lookup("#interviewer-gap-headline").queryAs(Labeled.class).getText());
        LineChart<?, ?> chart = robot.lookup("#interviewer-gap-chart").queryAs(LineChart.class);
        assertEquals(List.of("Scope", "Deep dive"), chart.getData().stream().map(s -> s.getName()).toList());
        assertEquals(2, chart.getData().get(1).getData().size());
    }
}
