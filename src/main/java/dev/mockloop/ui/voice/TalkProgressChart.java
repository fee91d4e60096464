package dev.mockloop.ui.voice;

import dev.mockloop.ui.common.TaskRunner;
import dev.mockloop.voice.RecordingRepository.ProgressPoint;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Progress over time for the voice: per recorded attempt (oldest first), the share of the
 * round spent talking and the longest silence. Ids: {@code #talk-progress},
 * {@code #talk-progress-chart}, {@code #talk-progress-empty}.
 */
public final class TalkProgressChart extends VBox {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM");

    /**
     * @param load  reads the points (off the UI thread), e.g. {@code voice::progress}
     * @param tasks runs {@code load}
     * @param zone  the user's zone, for the dates on the axis
     */
    public TalkProgressChart(Callable<List<ProgressPoint>> load, TaskRunner tasks, ZoneId zone) {
        super(6);
        setId("talk-progress");
        tasks.run(load, points -> show(points, zone), failure -> getChildren().setAll(
                new Label("The talk figures cannot be shown: " + failure.getMessage())));
    }

    private void show(List<ProgressPoint> points, ZoneId zone) {
        if (points.isEmpty()) {
            Label none = new Label("No recorded rounds yet: talk figures appear here once rounds are recorded.");
            none.setId("talk-progress-empty");
            none.getStyleClass().add("text-muted");
            getChildren().setAll(none);
            return;
        }
        NumberAxis percent = new NumberAxis(0, 100, 20);
        percent.setLabel("% of the round talking · longest silence, s");
        LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), percent);
        chart.setId("talk-progress-chart");
        chart.setAnimated(false);
        chart.setPrefHeight(260);
        XYChart.Series<String, Number> share = new XYChart.Series<>();
        share.setName("Talking, %");
        XYChart.Series<String, Number> silence = new XYChart.Series<>();
        silence.setName("Longest silence, s");
        int n = 0;
        for (ProgressPoint p : points) {
            String x = DAY.format(p.startedAt().atZone(zone)) + " #" + ++n;
            share.getData().add(new XYChart.Data<>(x, Math.round(p.talkShare() * 100)));
            silence.getData().add(new XYChart.Data<>(x, Math.min(100, p.longestSilenceMs() / 1000.0)));
        }
        chart.getData().add(share);
        chart.getData().add(silence);
        getChildren().setAll(chart);
    }
}
