package dev.mockloop.ui.progress;

import dev.mockloop.review.ProgressReport;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.TreeSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Each chosen rubric dimension's mean score per week or month as a line, with a menu to
 * choose the dimensions (the weakest three at first). Lines differ in colour (Okabe-Ito)
 * and dash; when a line has at most {@value #SPARSE_POINTS} points each point is drawn
 * large, in a shape of its own, so two scores are never two faint dots.
 */
final class TrendChart extends VBox {

    /** A line with this many points or fewer gets large point symbols. */
    static final int SPARSE_POINTS = 12;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM yy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy");

    private final ProgressReport report;
    private final ProgressViewModel model;
    private final LineChart<String, Number> chart;
    private final MenuButton pick = new MenuButton();

    TrendChart(ProgressReport report, ProgressViewModel model) {
        super(8);
        this.report = report;
        this.model = model;
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis(1, 4, 0.5);
        y.setLabel("mean score");
        chart = new LineChart<>(x, y);
        chart.setId("progress-trends");
        chart.getStyleClass().add("progress-trends");
        chart.setAnimated(false);
        chart.setPrefHeight(340);
        DateTimeFormatter format = format(report);
        // Categories in time order across all series, so a dimension first scored later lines up.
        TreeSet<LocalDate> starts = new TreeSet<>();
        report.trends().forEach(t -> t.points().forEach(p -> starts.add(p.start())));
        x.getCategories().setAll(starts.stream().map(format::format).toList());

        pick.setId("progress-dimensions");
        for (ProgressReport.Trend trend : report.trends()) {
            CheckMenuItem item = new CheckMenuItem(trend.title());
            item.setId("progress-dimension-" + trend.dimensionId());
            item.setSelected(model.shownDimensions().contains(trend.dimensionId()));
            item.setOnAction(e -> model.show(trend.dimensionId(), item.isSelected()));
            pick.getItems().add(item);
        }
        model.shownDimensions().addListener((SetChangeListener<String>) c -> draw());
        Label hint = new Label("The weakest three are shown first.");
        hint.getStyleClass().add("text-muted");
        HBox bar = new HBox(10, pick, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(bar, chart);
        draw();
    }

    private void draw() {
        DateTimeFormatter format = format(report);
        List<ProgressReport.Trend> shown = report.trends().stream()
                .filter(t -> model.shownDimensions().contains(t.dimensionId()))
                .sorted(java.util.Comparator.comparingInt(t -> report.weakest(Integer.MAX_VALUE).indexOf(t.dimensionId())))
                .toList();
        boolean sparse = shown.stream().anyMatch(t -> t.points().size() <= SPARSE_POINTS);
        chart.setCreateSymbols(sparse);
        chart.getStyleClass().remove("sparse");
        if (sparse) {
            chart.getStyleClass().add("sparse");
        }
        chart.getData().clear();
        for (ProgressReport.Trend trend : shown) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(trend.title());
            trend.points().forEach(p -> series.getData().add(new XYChart.Data<>(format.format(p.start()), p.mean())));
            chart.getData().add(series);
        }
        pick.setText("Dimensions shown: " + shown.size() + " of " + report.trends().size());
        pick.getItems().forEach(i -> ((CheckMenuItem) i).setSelected(model.shownDimensions()
                .contains(i.getId().substring("progress-dimension-".length()))));
    }

    private static DateTimeFormatter format(ProgressReport report) {
        return report.bucket() == ProgressReport.Bucket.WEEK ? WEEK : MONTH;
    }
}
