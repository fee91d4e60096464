package dev.mockloop.ui.common;

import dev.mockloop.attempt.PhaseTime;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * Planned against actual minutes of each phase as grouped bars: planned, actual (in the
 * overtime colour where it ran over) and paused.
 */
public final class PhaseTimesChart extends BarChart<String, Number> {

    /** Marks a bar that ran over its budget ({@code .chart-bar:overtime} in the stylesheet). */
    public static final javafx.css.PseudoClass OVERTIME = javafx.css.PseudoClass.getPseudoClass("overtime");

    public PhaseTimesChart(List<PhaseTime> phases) {
        super(new CategoryAxis(), new NumberAxis());
        setId("phase-times-chart");
        getStyleClass().add("phase-times-chart");
        getYAxis().setLabel("minutes");
        setAnimated(false);
        setCategoryGap(18);
        setBarGap(2);
        setPrefHeight(280);
        setMinHeight(220);
        XYChart.Series<String, Number> planned = new XYChart.Series<>();
        planned.setName("Planned");
        XYChart.Series<String, Number> actual = new XYChart.Series<>();
        actual.setName("Actual");
        XYChart.Series<String, Number> paused = new XYChart.Series<>();
        paused.setName("Paused");
        for (PhaseTime phase : phases) {
            planned.getData().add(new XYChart.Data<>(phase.title(), minutes(phase.plannedMs())));
            XYChart.Data<String, Number> bar = new XYChart.Data<>(phase.title(), minutes(phase.actualMs()));
            if (phase.overtimeMs() >= 1000) {
                bar.nodeProperty().addListener((obs, old, node) -> {
                    if (node != null) {
                        // A pseudo-class: BarChart resets the bar's style classes after this runs.
                        node.pseudoClassStateChanged(OVERTIME, true);
                    }
                });
            }
            actual.getData().add(bar);
            paused.getData().add(new XYChart.Data<>(phase.title(), minutes(phase.pausedMs())));
        }
        getData().setAll(List.of(planned, actual, paused));
    }

    private static double minutes(long ms) {
        return Math.round(ms / 600.0) / 100.0;
    }
}
