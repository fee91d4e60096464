package dev.mockloop.ui.progress;

import dev.mockloop.attempt.PhaseOverrun;
import dev.mockloop.review.ProgressData;
import dev.mockloop.review.ProgressReport;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The progress screen, in JavaFX charts: each rubric dimension over time, the verdicts,
 * practice per day as a calendar, the failure modes seen most and the mean overrun per phase.
 */
public final class ProgressView extends BorderPane {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM yy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy");

    private final VBox content = new VBox(20);

    public ProgressView(ProgressViewModel model) {
        setId("progress-view");
        Label heading = new Label("Progress");
        heading.getStyleClass().add("title-2");
        Label error = new Label();
        error.getStyleClass().add("overtime");
        error.textProperty().bind(model.errorProperty());
        content.getChildren().addAll(heading, error);
        content.setPadding(new Insets(16, 24, 24, 24));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        model.reportProperty().addListener((obs, old, report) -> show(report));
        if (model.reportProperty().get() != null) {
            show(model.reportProperty().get());
        }
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
        Label total = new Label(String.format("Practised %,d h %d min in phases over the last year.", minutes / 60,
                minutes % 60));
        total.getStyleClass().add("text-muted");
        HBox middle = new HBox(20, section("Verdicts", verdicts(report)), section("Failure modes seen most", failures(report)));
        middle.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        content.getChildren().addAll(
                section("Each dimension over time (mean score per " + (report.bucket() == ProgressReport.Bucket.WEEK
                        ? "week" : "month") + ")", trends(report)),
                section("Practice per day", new VBox(6, new CalendarHeatmap(report), total)),
                middle,
                section("Average overrun per phase (minutes; below 0: finished early)", overruns(report.overruns())));
    }

    private static Node trends(ProgressReport report) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis(1, 4, 0.5);
        y.setLabel("mean score");
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setId("progress-trends");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setPrefHeight(340);
        DateTimeFormatter format = report.bucket() == ProgressReport.Bucket.WEEK ? WEEK : MONTH;
        // Categories in time order across all series, so a dimension first scored later lines up.
        java.util.TreeSet<java.time.LocalDate> starts = new java.util.TreeSet<>();
        report.trends().forEach(t -> t.points().forEach(p -> starts.add(p.start())));
        x.getCategories().setAll(starts.stream().map(format::format).toList());
        for (ProgressReport.Trend trend : report.trends()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(trend.title());
            trend.points().forEach(p -> series.getData().add(new XYChart.Data<>(format.format(p.start()), p.mean())));
            chart.getData().add(series);
        }
        return chart;
    }

    private static Node verdicts(ProgressReport report) {
        PieChart chart = new PieChart();
        chart.setId("progress-verdicts");
        chart.setAnimated(false);
        chart.setLabelsVisible(true);
        chart.setPrefHeight(300);
        for (ProgressReport.VerdictCount v : report.verdicts()) {
            if (v.count() > 0) {
                chart.getData().add(new PieChart.Data(v.label() + " (" + v.count() + ")", v.count()));
            }
        }
        return chart;
    }

    private static Node failures(ProgressReport report) {
        NumberAxis x = new NumberAxis();
        x.setLabel("rounds");
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(x, y);
        chart.setId("progress-failures");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(300);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<ProgressData.FailureCount> top = report.failureModes();
        // Most frequent at the top: a category axis draws its first category at the bottom.
        for (int i = top.size() - 1; i >= 0; i--) {
            ProgressData.FailureCount f = top.get(i);
            series.getData().add(new XYChart.Data<>(f.count(), f.title() == null ? f.failureModeId() : f.title()));
        }
        chart.getData().add(series);
        return chart;
    }

    private static Node overruns(List<PhaseOverrun> overruns) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel("minutes");
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("progress-overruns");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(280);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (PhaseOverrun o : overruns) {
            XYChart.Data<String, Number> bar = new XYChart.Data<>(o.title(), Math.round(o.averageOverrunMs() / 600.0) / 100.0);
            if (o.averageOverrunMs() >= 1000) {
                bar.nodeProperty().addListener((obs, old, node) -> {
                    if (node != null) {
                        node.pseudoClassStateChanged(dev.mockloop.ui.common.PhaseTimesChart.OVERTIME, true);
                    }
                });
            }
            series.getData().add(bar);
        }
        chart.getData().add(series);
        return chart;
    }

    private static Node section(String heading, Node body) {
        Label label = new Label(heading);
        label.getStyleClass().add("title-4");
        return new VBox(8, label, body);
    }
}
