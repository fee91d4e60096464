package dev.mockloop.ui.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.SampleAttempts;
import dev.mockloop.attempt.ScoreSheet;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.interview.InterviewerSheet;
import dev.mockloop.ui.common.DirectTaskRunner;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The interviewer's sheet beside the self-score, as the attempt page shows it. */
@ExtendWith(ApplicationExtension.class)
class InterviewerSheetPaneTest {

    private final Attempt attempt = SampleAttempts.full().withRoundId("round-1");

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 720, 600));
        stage.show();
    }

    private void show(FxRobot robot, List<InterviewerSheet> sheets) {
        robot.interact(() -> {
            var model = new InterviewerSheetViewModel(attempt, () -> sheets, new DirectTaskRunner(),
                    Map.of("no-numbers", "Design without numbers"));
            model.load();
            robot.window(0).getScene().setRoot(new InterviewerSheetPane(model));
        });
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    @Test
    void eachDimensionShowsBothLevelsAndTheGap(FxRobot robot) {
        show(robot, List.of(new InterviewerSheet("round-1", 1, new ScoreSheet(Map.of("dim-3", 2, "dim-2", 2, "dim-4", 3),
                List.of("no-numbers"), Verdict.NO_HIRE, "Go deeper."), "", Instant.EPOCH, true)));

        assertEquals("+1", text(robot, "#interviewer-gap-0"), "you gave yourself 3, they gave 2");
        assertEquals("0", text(robot, "#interviewer-gap-1"));
        assertEquals("+1", text(robot, "#interviewer-gap-2"));
        assertTrue(robot.lookup("No hire").tryQuery().isPresent(), "their verdict");
        assertTrue(robot.lookup("Lean hire").tryQuery().isPresent(), "yours beside it");
        assertTrue(robot.lookup("Failure modes seen: Design without numbers").tryQuery().isPresent());
    }

    @Test
    void whatTheInterviewerTypedIsShownAsPlainText(FxRobot robot) {
        String script = "<script>alert(1)</script><b>bold?</b>";
        show(robot, List.of(new InterviewerSheet("round-1", 1, new ScoreSheet(Map.of(), List.of(), null, script),
                "<img src=x onerror=alert(2)>", Instant.EPOCH, false)));

        assertEquals(script, text(robot, "#interviewer-feedback-0"));
        assertEquals("Notes: <img src=x onerror=alert(2)>", text(robot, "#interviewer-notes-0"));
        assertTrue(robot.lookup(".label").queryAllAs(Labeled.class).stream()
                .anyMatch(l -> l.getText().contains("draft")), "an unsubmitted sheet says it is a draft");
    }

    @Test
    void aRoundNobodyInterviewedSaysSo(FxRobot robot) {
        show(robot, List.of());
        assertEquals("No interviewer scored this round.", text(robot, "#interviewer-sheet-message"));
        assertFalse(robot.lookup("#interviewer-sheet-table").query().isVisible());
    }
}
