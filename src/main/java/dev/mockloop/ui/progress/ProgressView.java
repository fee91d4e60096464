package dev.mockloop.ui.progress;

import dev.mockloop.review.ProgressReport;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The progress screen, in JavaFX charts: the chosen rubric dimensions over time, practice
 * per day as a calendar, the verdicts, the failure modes seen most, the mean overrun per
 * phase, and when each question is due again.
 */
public final class ProgressView extends BorderPane {

    private final VBox content = new VBox(20);
    /** Other features' sections (talk figures, interviewer gaps), kept below the report's. */
    private final VBox features = new VBox(20);
    private final ProgressViewModel model;

    public ProgressView(ProgressViewModel model) {
        this.model = model;
        setId("progress-view");
        Label heading = new Label("Progress");
        heading.getStyleClass().add("title-2");
        Label error = new Label();
        error.getStyleClass().add("overtime");
        error.textProperty().bind(model.errorProperty());
        content.getChildren().addAll(heading, error);
        VBox page = new VBox(20, content, features);
        page.setPadding(new Insets(16, 24, 24, 24));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        model.reportProperty().addListener((obs, old, report) -> show(report));
        if (model.reportProperty().get() != null) {
            show(model.reportProperty().get());
        }
    }

    /**
     * Adds a feature's section below the report's (e.g. talk share over time); it decides
     * itself whether it shows.
     *
     * @param heading the section's heading, or null when the body has its own
     */
    public void addSection(String heading, Node body) {
        Node section = heading == null ? body : section(heading, body);
        if (section != body) {
            section.visibleProperty().bind(body.visibleProperty());
            section.managedProperty().bind(body.managedProperty());
        }
        features.getChildren().add(section);
    }

    private void show(ProgressReport report) {
        content.getChildren().remove(2, content.getChildren().size());
        if (report.trends().isEmpty() && report.verdicts().stream().allMatch(v -> v.count() == 0)) {
            Label empty = new Label("Nothing to show yet. Finish and score a round, and your progress appears here.");
            empty.setId("progress-empty");
            content.getChildren().add(empty);
            return;
        }
        long minutes = report.calendarTotalMs() / 60_000;
        // A shaded day with "0 h 0 min" beside it would read as a mistake: under a minute says why.
        Label total = new Label(minutes == 0 && report.calendarTotalMs() > 0
                ? "Practised under a minute in phases over the last year."
                : String.format("Practised %,d h %d min in phases over the last year.", minutes / 60, minutes % 60));
        total.setId("progress-practised");
        total.getStyleClass().add("text-muted");
        content.getChildren().addAll(
                section("Each dimension over time (mean score per " + (report.bucket() == ProgressReport.Bucket.WEEK
                        ? "week" : "month") + ")", trends(report)),
                section("Practice per day", new VBox(6, new CalendarHeatmap(report), total)),
                section("Next due (SM-2 schedule, from your self-scores)", new NextDueTable(model.upcoming(),
                        model.today())),
                section("Against the bar of each question's level (your last " + ProgressViewModel.BAR_ROUNDS
                        + " rounds)", new BarTallyList(model.bars())),
                section("Verdicts", ProgressCharts.verdicts(report)),
                section("Failure modes seen most", ProgressCharts.failures(report)),
                section("Average overrun per phase", ProgressCharts.overruns(report.overruns())));
    }

    /** The dimensions' chart; with only unscored rounds so far, a sentence rather than an empty chart. */
    private Node trends(ProgressReport report) {
        if (!report.trends().isEmpty()) {
            return new TrendChart(report, model);
        }
        Label none = new Label("No dimension scored yet. Score a round, and each dimension's mean score appears"
                + " here over time.");
        none.setId("progress-trends-empty");
        none.getStyleClass().add("text-muted");
        none.setWrapText(true);
        return none;
    }

    private static Node section(String heading, Node body) {
        Label label = new Label(heading);
        label.getStyleClass().add("title-4");
        return new VBox(8, label, body);
    }
}
