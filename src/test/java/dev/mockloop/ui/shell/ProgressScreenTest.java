package dev.mockloop.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.DimensionScore;
import dev.mockloop.attempt.FailureModeHit;
import dev.mockloop.attempt.PhaseTime;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.Dimension;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.review.PracticeAdvice;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Progress on a short history: readable at two rounds, the weakest dimensions first, whole counts, next due dates. */
@ExtendWith(ApplicationExtension.class)
class ProgressScreenTest {

    @TempDir
    Path dataDir;

    private MainWindowHarness app;
    private LibraryQuestion question;
    private List<Dimension> dimensions;

    @Start
    void start(Stage stage) {
        app = new MainWindowHarness(dataDir, stage);
        var pack = app.context.library().pack("mockloop.bar-raiser").orElseThrow();
        question = new LibraryQuestion(pack, pack.pack().questions().get(0));
        dimensions = pack.pack().rubric().dimensions();
        // Two rounds: dimension i scores 1 + i % 4, so the first and fifth are the weakest.
        save("2026-11-10T10:00:00Z");
        save("2026-11-17T10:00:00Z");
    }

    private void save(String start) {
        Instant at = Instant.parse(start);
        List<DimensionScore> scores = new java.util.ArrayList<>();
        for (int i = 0; i < dimensions.size(); i++) {
            Dimension d = dimensions.get(i);
            int level = 1 + i % 4;
            scores.add(new DimensionScore(d.id(), d.title(), level, d.descriptor(level)));
        }
        var failure = question.pack().pack().failureModes().get(0);
        app.context.attempts().save(new Attempt(null, question.pack().pack().id(), question.pack().pack().version(),
                question.question().id(), question.question().title(), question.question().behavioral().prompt(),
                question.question().design().prompt(), question.framework().id(), question.framework().title(), at,
                at.plusSeconds(2700), question.framework().phases().stream().map(p -> new PhaseTime(p.id(), p.title(),
                        p.plannedMillis(), p.plannedMillis() + 60_000L)).toList(), "notes", null, null, scores,
                List.of(new FailureModeHit(failure.id(), failure.title())), Verdict.LEAN_HIRE, "reflection"));
    }

    @Test
    void theThreeWeakestDimensionsAreShownWithLargePointsAndOthersCanBeAdded(FxRobot robot) {
        robot.clickOn("#nav-progress");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        LineChart<String, Number> chart = robot.lookup("#progress-trends").queryAs(LineChart.class);
        assertEquals(3, chart.getData().size());
        Set<String> shown = chart.getData().stream().map(XYChart.Series::getName).collect(Collectors.toSet());
        assertTrue(shown.contains(dimensions.get(0).title()) && shown.contains(dimensions.get(4).title()),
                "the dimensions scored 1 are among the weakest: " + shown);
        assertTrue(chart.getCreateSymbols() && chart.getStyleClass().contains("sparse"), "two points each: drawn large");
        Node symbol = chart.lookup(".chart-line-symbol");
        assertTrue(symbol.getBoundsInLocal().getWidth() >= 14, "a point is at least 14 px: " + symbol.getBoundsInLocal());

        MenuButton pick = robot.lookup("#progress-dimensions").queryAs(MenuButton.class);
        CheckMenuItem strongest = (CheckMenuItem) pick.getItems().stream()
                .filter(i -> i.getText().equals(dimensions.get(3).title())).findFirst().orElseThrow();
        robot.interact(() -> {
            strongest.setSelected(true); // as a click on the item does before its action
            strongest.fire();
        });
        assertEquals(4, chart.getData().size(), "a dimension added from the menu is drawn");
        assertTrue(pick.getText().startsWith("Dimensions shown: 4 of"), pick.getText());
    }

    @Test
    void failureModesAreCountedInWholeRoundsAndEveryQuestionHasANextDueDate(FxRobot robot) {
        robot.clickOn("#nav-progress");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        BarChart<Number, String> failures = robot.lookup("#progress-failures").queryAs(BarChart.class);
        NumberAxis axis = (NumberAxis) failures.getXAxis();
        assertEquals(0, axis.getTickUnit() % 1, 1e-9, "whole-number ticks");
        assertTrue(!axis.getTickMarks().isEmpty() && axis.getTickMarks().stream().allMatch(t -> t.getValue().doubleValue() % 1 == 0
                && !axis.getTickLabelFormatter().toString(t.getValue()).contains(".")), "no tick reads 1.1 rounds");

        @SuppressWarnings("unchecked")
        TableView<PracticeAdvice.Upcoming> due = robot.lookup("#progress-next-due").queryAs(TableView.class);
        assertEquals(1, due.getItems().size());
        assertEquals(question, due.getItems().get(0).question());
    }
}
