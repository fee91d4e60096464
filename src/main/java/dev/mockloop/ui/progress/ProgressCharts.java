package dev.mockloop.ui.progress;

import dev.mockloop.attempt.PhaseOverrun;
import dev.mockloop.review.ProgressData;
import dev.mockloop.review.ProgressReport;
import dev.mockloop.ui.common.PhaseTimesChart;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.util.StringConverter;

/**
 * The progress screen's smaller charts: the verdicts, the failure modes seen most and the
 * mean overrun per phase. Categories sit on the vertical axis, where a long title has the
 * room it needs, and each chart is as tall as its bars need, so no label is cut.
 */
final class ProgressCharts {

    /** Height given to each bar, px. */
    static final double BAR_ROW_PX = 34;
    /** Height of a bar chart's axis, legend and padding, px. */
    private static final double CHART_FRAME_PX = 80;

    private ProgressCharts() {
    }

    /**
     * Verdicts as a pie; names and counts in the legend, so no label can fall off the pie's edge.
     * When every round has the same verdict, a sentence says so: a pie of one slice says nothing
     * more, and JavaFX draws it with a stray radius.
     */
    static Node verdicts(ProgressReport report) {
        List<ProgressReport.VerdictCount> seen = report.verdicts().stream().filter(v -> v.count() > 0).toList();
        if (seen.size() == 1) {
            ProgressReport.VerdictCount only = seen.get(0);
            Label one = new Label(only.count() == 1 ? "Your one round so far: " + only.label() + "."
                    : String.format("All %,d rounds so far: %s.", only.count(), only.label()));
            one.setId("progress-verdicts-one");
            one.getStyleClass().add("text-muted");
            return one;
        }
        PieChart chart = new PieChart();
        chart.setId("progress-verdicts");
        chart.setAnimated(false);
        chart.setLabelsVisible(false);
        chart.setLegendVisible(true);
        chart.setPrefHeight(300);
        for (ProgressReport.VerdictCount v : seen) {
            chart.getData().add(new PieChart.Data(v.label() + " (" + v.count() + ")", v.count()));
        }
        return chart;
    }

    /** The failure modes ticked most, as horizontal bars on a whole-number axis of rounds; a sentence when none is. */
    static Node failures(ProgressReport report) {
        List<ProgressData.FailureCount> top = report.failureModes();
        if (top.isEmpty()) {
            Label none = new Label("No failure mode ticked yet. Those you tick when you score a round are counted here.");
            none.setId("progress-failures-none");
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            return none;
        }
        int most = top.stream().mapToInt(ProgressData.FailureCount::count).max().orElse(1);
        BarChart<Number, String> chart = new BarChart<>(countAxis(most, "rounds"), new CategoryAxis());
        chart.setId("progress-failures");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setMinHeight(heightFor(top.size()));
        chart.setPrefHeight(heightFor(top.size()));
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        // Most frequent at the top: a category axis draws its first category at the bottom.
        for (int i = top.size() - 1; i >= 0; i--) {
            ProgressData.FailureCount f = top.get(i);
            series.getData().add(new XYChart.Data<>(f.count(), f.title() == null ? f.failureModeId() : f.title()));
        }
        chart.getData().add(series);
        return chart;
    }

    /** Each phase's mean overrun, minutes, as horizontal bars; overruns of a second or more in the overtime colour. */
    static Node overruns(List<PhaseOverrun> overruns) {
        NumberAxis x = new NumberAxis();
        x.setLabel("minutes over (below 0: finished early)");
        BarChart<Number, String> chart = new BarChart<>(x, new CategoryAxis());
        chart.setId("progress-overruns");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setMinHeight(heightFor(overruns.size()));
        chart.setPrefHeight(heightFor(overruns.size()));
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        for (int i = overruns.size() - 1; i >= 0; i--) {
            PhaseOverrun o = overruns.get(i);
            XYChart.Data<Number, String> bar = new XYChart.Data<>(Math.round(o.averageOverrunMs() / 600.0) / 100.0, o.title());
            if (o.averageOverrunMs() >= 1000) {
                bar.nodeProperty().addListener((obs, old, node) -> {
                    if (node != null) {
                        node.pseudoClassStateChanged(PhaseTimesChart.OVERTIME, true);
                    }
                });
            }
            series.getData().add(bar);
        }
        chart.getData().add(series);
        return chart;
    }

    /**
     * An axis of whole counts from 0: ticks at whole numbers only (every 1, 2, 5, 10… so there
     * are at most about ten), labelled without decimals.
     *
     * @param max   the largest count shown
     * @param label the axis title
     */
    static NumberAxis countAxis(int max, String label) {
        int top = Math.max(1, max);
        int tick = 1;
        for (int step : new int[] {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000}) {
            tick = step;
            if (top / step <= 10) {
                break;
            }
        }
        int upper = (top + tick - 1) / tick * tick;
        NumberAxis axis = new NumberAxis(label, 0, upper, tick);
        axis.setMinorTickVisible(false);
        axis.setMinorTickCount(0);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Long.toString(Math.round(n.doubleValue()));
            }

            @Override
            public Number fromString(String s) {
                return Long.parseLong(s);
            }
        });
        return axis;
    }

    private static double heightFor(int bars) {
        return CHART_FRAME_PX + BAR_ROW_PX * Math.max(1, bars);
    }
}
