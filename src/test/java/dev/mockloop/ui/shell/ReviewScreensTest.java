package dev.mockloop.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.DimensionScore;
import dev.mockloop.attempt.FailureModeHit;
import dev.mockloop.attempt.PhaseTime;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.Dimension;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.review.HistoryFilter;
import dev.mockloop.review.HistoryRow;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The review screens as a person uses them: filter the history, open, edit, delete and undo, compare, export, progress. */
@ExtendWith(ApplicationExtension.class)
class ReviewScreensTest {

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter
            .ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
            .withZone(java.time.ZoneOffset.UTC);

    @TempDir
    Path dataDir;
    @TempDir
    Path exportDir;

    private MainWindowHarness app;
    private LibraryQuestion first;
    private LibraryQuestion second;
    private long olderAtFirst;
    private long newerAtFirst;
    private long atSecond;

    @Start
    void start(Stage stage) {
        app = new MainWindowHarness(dataDir, stage);
        List<LibraryQuestion> questions = app.context.library().pack("mockloop.bar-raiser").orElseThrow().pack().questions()
                .stream().map(q -> new LibraryQuestion(app.context.library().pack("mockloop.bar-raiser").orElseThrow(), q))
                .toList();
        first = questions.get(0);
        second = questions.get(1);
        olderAtFirst = save(first, "2026-11-01T10:00:00Z", 2, Verdict.NO_HIRE, "Consistent hashing for the cache tier",
                "=HYPERLINK(\"http://evil\") ran out of time");
        newerAtFirst = save(first, "2026-11-10T10:00:00Z", 3, Verdict.HIRE, "Sharded by user id", "Much better pacing");
        atSecond = save(second, "2026-11-15T10:00:00Z", 4, Verdict.STRONG_HIRE, "Token bucket in Redis", "Clean");
    }

    private long save(LibraryQuestion q, String start, int level, Verdict verdict, String notes, String reflection) {
        Instant at = Instant.parse(start);
        List<DimensionScore> scores = q.pack().pack().rubric().dimensions().stream()
                .map(d -> new DimensionScore(d.id(), d.title(), level, d.descriptor(level))).toList();
        var failure = q.pack().pack().failureModes().get(0);
        Attempt attempt = new Attempt(null, q.pack().pack().id(), q.pack().pack().version(), q.question().id(),
                q.question().title(), q.question().behavioral().prompt(), q.question().design().prompt(),
                q.framework().id(), q.framework().title(), at, at.plusSeconds(2700),
                q.framework().phases().stream().map(p -> new PhaseTime(p.id(), p.title(), p.plannedMillis(),
                        p.plannedMillis() + level * 30_000L)).toList(),
                notes, null, null, scores, List.of(new FailureModeHit(failure.id(), failure.title())), verdict, reflection);
        return app.context.attempts().save(attempt).id();
    }

    @SuppressWarnings("unchecked")
    private TableView<HistoryRow> table(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#history-table").queryAs(TableView.class);
    }

    private List<Long> shownIds(FxRobot robot) {
        TableView<HistoryRow> table = table(robot);
        return table.getItems().stream().map(HistoryRow::id).toList();
    }

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }

    /** Focuses the control first, as Tab would, so the form scrolls it into view; then clicks it. */
    private static void clickInForm(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
        robot.clickOn(node);
    }

    private void openRow(FxRobot robot, String cellText) {
        robot.doubleClickOn(robot.lookup("#history-table .table-cell").match(LabeledMatchers.hasText(cellText))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void historyListsNewestFirstAndFiltersBySearchVerdictAndFailureMode(FxRobot robot) {
        robot.clickOn("#nav-history");
        assertEquals(List.of(atSecond, newerAtFirst, olderAtFirst), shownIds(robot));
        assertEquals("3 attempts", text(robot, "#history-count"));
        assertTrue(robot.lookup("#history-score-requirements").tryQuery().isPresent(), "a column per rubric dimension");

        robot.clickOn("#history-search").write("cach");
        assertEquals(List.of(olderAtFirst), shownIds(robot), "prefix search over the notes");
        assertEquals("1 attempt", text(robot, "#history-count"));
        robot.interact(() -> robot.lookup("#history-search").queryAs(TextField.class).clear());

        @SuppressWarnings("unchecked")
        ComboBox<HistoryFilter.Outcome> verdict = robot.lookup("#history-verdict-filter").queryAs(ComboBox.class);
        robot.interact(() -> verdict.setValue(HistoryFilter.Outcome.HIRE));
        assertEquals(List.of(newerAtFirst), shownIds(robot));

        robot.clickOn("#history-clear");
        assertEquals(3, shownIds(robot).size());
        @SuppressWarnings("unchecked")
        ComboBox<String> pack = robot.lookup("#history-pack-filter").queryAs(ComboBox.class);
        robot.interact(() -> pack.setValue("mockloop.ml-design"));
        assertEquals(List.of(), shownIds(robot));
        assertEquals("0 attempts", text(robot, "#history-count"));
    }

    @Test
    void sortingByAScoreColumnAsksTheDatabaseForThatOrder(FxRobot robot) {
        robot.clickOn("#nav-history");
        Node header = robot.lookup(".column-header").match(n -> "history-score-requirements".equals(n.getId())).query();
        robot.clickOn(header);
        List<Long> once = shownIds(robot);
        robot.clickOn(header);
        List<Long> twice = shownIds(robot);
        assertEquals(List.of(olderAtFirst, newerAtFirst, atSecond), twice.get(0) == olderAtFirst ? twice : once,
                "ascending by the Requirements score: 2, 3, 4");
        assertEquals(List.of(atSecond, newerAtFirst, olderAtFirst), twice.get(0) == olderAtFirst ? once : twice);
    }

    @Test
    void openingAnAttemptShowsItAndItsScoresCanBeEditedKeepingTheOriginal(FxRobot robot) {
        robot.clickOn("#nav-history");
        openRow(robot, DATE_OF_OLDER);
        assertEquals(first.question().title(), text(robot, "#attempt-title"));

        robot.clickOn("#attempt-edit");
        Dimension dimension = first.pack().pack().rubric().dimensions().get(0);
        clickInForm(robot, "#edit-score-" + dimension.id() + "-4");
        clickInForm(robot, "#edit-verdict-STRONG_HIRE");
        robot.interact(() -> robot.lookup("#edit-reflection").queryAs(javafx.scene.control.TextArea.class)
                .setText("Edited: the deep dive was stronger than I thought."));
        robot.clickOn("#edit-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(text(robot, "#attempt-verdict").startsWith("Strong hire"), text(robot, "#attempt-verdict"));
        assertEquals("Edited: the deep dive was stronger than I thought.", text(robot, "#attempt-reflection"));
        assertTrue(text(robot, "#attempt-edited").startsWith("Scores or reflection edited on"));
        assertFalse(robot.lookup("#attempt-original").query().isVisible());
        robot.clickOn("#attempt-show-original");
        assertTrue(robot.lookup("#attempt-original .label").match(LabeledMatchers.hasText("Verdict: No hire")).tryQuery()
                .isPresent(), "the original verdict is kept");
        assertEquals(4, app.context.attempts().find(olderAtFirst).orElseThrow().scores().get(0).score());
    }

    @Test
    void deletingAnAttemptCanBeUndone(FxRobot robot) {
        robot.clickOn("#nav-history");
        openRow(robot, second.question().title());
        robot.clickOn("#attempt-delete");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(newerAtFirst, olderAtFirst), shownIds(robot), "back in the history, without it");
        assertEquals("Deleted “" + second.question().title() + "”.", text(robot, "#history-notice"));
        robot.clickOn("#history-undo");
        assertEquals(List.of(atSecond, newerAtFirst, olderAtFirst), shownIds(robot), "put back in its place");
        assertEquals(4.0, app.context.attempts().find(atSecond).orElseThrow().meanScore(), 1e-9);
        assertFalse(robot.lookup("#history-undo").query().isVisible());
    }

    @Test
    void twoAttemptsAtTheSameQuestionAreComparedSideBySide(FxRobot robot) {
        robot.clickOn("#nav-history");
        TableView<HistoryRow> table = table(robot);
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(0);
            table.getSelectionModel().select(1);
        });
        assertTrue(robot.lookup("#history-compare").queryButton().isDisabled(), "different questions cannot be compared");
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(1);
            table.getSelectionModel().select(2);
        });
        robot.clickOn("#history-compare");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(first.question().title(), text(robot, "#compare-title"));
        Dimension dimension = first.pack().pack().rubric().dimensions().get(0);
        assertEquals("+1", text(robot, "#compare-change-" + dimension.id()), "2 then 3");
        robot.clickOn("#compare-back");
        assertEquals(3, shownIds(robot).size());
    }

    @Test
    void compareIsOfferedFromAnAttemptToTheOthersAtItsQuestion(FxRobot robot) {
        robot.clickOn("#nav-history");
        openRow(robot, DATE_OF_NEWER);
        @SuppressWarnings("unchecked")
        ComboBox<HistoryRow> others = robot.lookup("#attempt-compare-with").queryAs(ComboBox.class);
        assertEquals(List.of(olderAtFirst), others.getItems().stream().map(HistoryRow::id).toList());
        robot.interact(() -> others.setValue(others.getItems().get(0)));
        robot.clickOn("#attempt-compare");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first.question().title(), text(robot, "#compare-title"));
    }

    private static final String DATE_OF_NEWER = DATE.format(Instant.parse("2026-11-10T10:00:00Z"));
    private static final String DATE_OF_OLDER = DATE.format(Instant.parse("2026-11-01T10:00:00Z"));

    @Test
    void allAttemptsExportAsCsvThatReadsBackWithoutFormulas(FxRobot robot) throws Exception {
        robot.clickOn("#nav-history");
        app.nextFile = exportDir.resolve("attempts.csv");
        robot.clickOn("#history-export");
        robot.clickOn("#history-export-csv");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#history-export-status").startsWith("Exported 3 attempts"), text(robot, "#history-export-status"));

        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(app.nextFile)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertEquals(3, rows.size());
        CSVRecord oldest = rows.get(0);
        assertEquals(String.valueOf(olderAtFirst), oldest.get("id"));
        assertEquals("NO_HIRE", oldest.get("verdict"));
        assertEquals("2", oldest.get("score:requirements"));
        assertEquals("'=HYPERLINK(\"http://evil\") ran out of time", oldest.get("reflection"),
                "a formula is neutralised with an apostrophe");
        assertEquals("Consistent hashing for the cache tier", oldest.get("notes"));
        assertEquals("2.00", oldest.get("mean_score"));
    }

    @Test
    void theCsvExportAsksWhetherToIncludeTheRecordingsAndWritesTheirZipWhenTicked(FxRobot robot) throws Exception {
        String round = app.context.attempts().find(newerAtFirst).orElseThrow().roundId();
        Path segment = dataDir.resolve("recordings").resolve(round).resolve("segment-001.opus");
        Files.createDirectories(segment.getParent());
        Files.write(segment, new byte[1_500_000]);
        robot.clickOn("#nav-history");
        app.nextFile = exportDir.resolve("attempts.csv");
        robot.clickOn("#history-export");
        robot.clickOn("#history-export-csv");
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.CheckBox include = robot.lookup("#export-recordings").queryAs(javafx.scene.control.CheckBox.class);
        assertEquals("Include the recordings (1.5 MB, 1 round)", include.getText());
        assertTrue(!include.isSelected(), "off unless ticked");
        robot.clickOn(include);
        robot.clickOn("Continue…");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Exported 3 attempts to " + app.nextFile + ", with 1 recording (1.5 MB) in attempts-recordings.zip.",
                text(robot, "#history-export-status"));
        assertTrue(Files.size(exportDir.resolve("attempts-recordings.zip")) > 1_500_000);
    }

    @Test
    void anExportWithNothingRecordedAsksNothingAndSaysItIsWithoutRecordings(FxRobot robot) {
        robot.clickOn("#nav-history");
        app.nextFile = exportDir.resolve("attempts.json");
        robot.clickOn("#history-export");
        robot.clickOn("#history-export-json");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Exported 3 attempts to " + app.nextFile + ", without recordings.",
                text(robot, "#history-export-status"));
        assertTrue(robot.lookup("#export-recordings").tryQuery().isEmpty(), "no question when there is nothing to include");
    }

    @Test
    void progressShowsChartsOfTheHistory(FxRobot robot) {
        robot.clickOn("#nav-progress");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#progress-trends").tryQuery().isPresent());
        assertTrue(robot.lookup("#progress-heatmap").tryQuery().isPresent());
        assertTrue(robot.lookup("#progress-verdicts").tryQuery().isPresent());
        javafx.scene.chart.PieChart verdicts = robot.lookup("#progress-verdicts").queryAs(javafx.scene.chart.PieChart.class);
        assertEquals(3, verdicts.getData().size(), "no hire, hire, strong hire");
        assertTrue(robot.lookup(".heat-cell.heat-1").tryQuery().isPresent() || robot.lookup(".heat-cell.heat-2").tryQuery()
                .isPresent(), "days with practice are shaded");
    }

    @Test
    void homeShowsWhatIsDueAndTheWeakestDimension(FxRobot robot) {
        robot.clickOn("#nav-history");
        robot.clickOn("#nav-practice");
        WaitForAsyncUtils.waitForFxEvents();
        // The older attempt at the first question scored 2 (a lapse), then 3 on Nov 10: due Nov 11; today is Nov 21.
        assertTrue(robot.lookup("#home-due .hyperlink").match(LabeledMatchers.hasText(first.question().title()))
                .tryQuery().isPresent(), "the first question is due");
        assertTrue(text(robot, "#home-weakest-dimension").contains("mean"), text(robot, "#home-weakest-dimension"));
        robot.clickOn(robot.lookup("#home-due .hyperlink").match(LabeledMatchers.hasText(first.question().title()))
                .queryAs(Node.class));
        assertFalse(robot.lookup("#home-start").queryButton().isDisabled(), "picked, ready to start");
        robot.type(KeyCode.ESCAPE);
    }
}
