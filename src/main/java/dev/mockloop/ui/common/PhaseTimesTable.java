package dev.mockloop.ui.common;

import dev.mockloop.attempt.PhaseTime;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;

/** Planned against actual time of each phase, with the difference; overruns in the overtime colour. */
public final class PhaseTimesTable extends GridPane {

    public PhaseTimesTable(List<PhaseTime> phases) {
        getStyleClass().add("phase-times");
        setHgap(16);
        setVgap(4);
        addRow(0, head("Phase"), head("Planned"), head("Actual"), head("Difference"), head("Paused"));
        long planned = 0;
        long actual = 0;
        for (int i = 0; i < phases.size(); i++) {
            PhaseTime p = phases.get(i);
            addRow(i + 1, new Label(p.title()), new Label(TimeText.duration(p.plannedMs())),
                    new Label(TimeText.duration(p.actualMs())), difference(p.actualMs() - p.plannedMs()),
                    new Label(p.pauses() == 0 ? "" : TimeText.duration(p.pausedMs()) + " (" + p.pauses() + "×)"));
            planned += p.plannedMs();
            actual += p.actualMs();
        }
        addRow(phases.size() + 1, head("Round"), head(TimeText.duration(planned)), head(TimeText.duration(actual)),
                difference(actual - planned));
        for (int c = 0; c < 5; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHalignment(c == 0 ? HPos.LEFT : HPos.RIGHT);
            getColumnConstraints().add(column);
        }
    }

    private static Label head(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-bold");
        return label;
    }

    private static Label difference(long overrunMs) {
        String sign = overrunMs > 0 ? "+" : overrunMs < 0 ? "−" : "";
        Label label = new Label(sign + TimeText.duration(Math.abs(overrunMs)));
        if (overrunMs >= 1000) {
            label.getStyleClass().add("overtime");
        }
        return label;
    }
}
