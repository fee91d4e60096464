package dev.mockloop.ui.interview;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * For the Progress screen: self-score minus interviewer score per dimension, one line each over
 * time (above 0: you rate yourself higher), under the widest gap in a sentence.
 */
public final class InterviewerGapPane extends VBox {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT);

    private final InterviewerGapViewModel model;
    private final LineChart<Number, Number> chart;

    /** @param model loaded by the caller ({@link InterviewerGapViewModel#load()}) */
    public InterviewerGapPane(InterviewerGapViewModel model) {
        super(8);
        this.model = model;
        setId("interviewer-gap");
        setPadding(new Insets(8, 0, 8, 0));
        Label title = new Label("You against your interviewers");
        title.getStyleClass().add("title-4");
        Label headline = new Label();
        headline.setId("interviewer-gap-headline");
        headline.setWrapText(true);
        headline.textProperty().bind(model.headlineProperty());

        NumberAxis days = new NumberAxis();
        days.setForceZeroInRange(false);
        days.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number day) {
                return DAY.format(LocalDate.ofEpochDay(day.longValue()));
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        NumberAxis gap = new NumberAxis(-3, 3, 1);
        gap.setLabel("You − interviewer (levels)");
        chart = new LineChart<>(days, gap);
        chart.setId("interviewer-gap-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setPrefHeight(260);
        chart.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.series()));
        chart.managedProperty().bind(chart.visibleProperty());
        model.series().addListener((ListChangeListener<InterviewerGapViewModel.Series>) c -> draw());
        getChildren().addAll(title, headline, chart);
        draw();
    }

    private void draw() {
        chart.getData().clear();
        for (InterviewerGapViewModel.Series line : model.series()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(line.title());
            line.points().forEach(p -> series.getData().add(new XYChart.Data<>(p.epochDay(), p.gap())));
            chart.getData().add(series);
        }
    }
}
