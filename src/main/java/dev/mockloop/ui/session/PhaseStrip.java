package dev.mockloop.ui.session;

import dev.mockloop.pack.Phase;
import dev.mockloop.ui.common.TimeText;
import java.util.List;
import javafx.beans.value.ObservableIntegerValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.TextAlignment;

/**
 * The framework's phases as a row of chips sharing the width, each with its title and its
 * minutes as the timer plans them now (an extension that takes time from later phases
 * shows on theirs at once), the current phase highlighted and finished ones dimmed. A
 * chip too narrow for its title wraps it onto another line rather than cutting it short.
 * Chip ids {@code #phase-0}, {@code #phase-1} ...
 */
final class PhaseStrip extends HBox {

    private final List<Phase> phases;
    private final ObservableList<Long> plans;
    private int current;

    /**
     * @param phases  the framework's phases, for titles and guides
     * @param plans   each phase's budget in ms now, in phase order
     * @param current the current phase's index (the phase count once the round is over)
     */
    PhaseStrip(List<Phase> phases, ObservableList<Long> plans, ObservableIntegerValue current) {
        super(4);
        this.phases = phases;
        this.plans = plans;
        getStyleClass().add("phase-strip");
        for (int i = 0; i < phases.size(); i++) {
            Label chip = new Label();
            chip.setTextAlignment(TextAlignment.CENTER);
            chip.setWrapText(true);
            chip.setId("phase-" + i);
            chip.getStyleClass().add("phase-chip");
            chip.setTooltip(new Tooltip(phases.get(i).title() + ": " + phases.get(i).guide()));
            chip.setMaxWidth(Double.MAX_VALUE);
            chip.setMaxHeight(Double.MAX_VALUE);
            chip.setMinWidth(40);
            HBox.setHgrow(chip, Priority.ALWAYS);
            getChildren().add(chip);
        }
        plans.addListener((ListChangeListener<Long>) change -> label());
        current.addListener((obs, old, now) -> {
            this.current = now.intValue();
            label();
        });
        this.current = current.get();
        label();
    }

    private void label() {
        for (int i = 0; i < getChildren().size(); i++) {
            Label chip = (Label) getChildren().get(i);
            long planned = i < plans.size() ? plans.get(i) : phases.get(i).plannedMillis();
            chip.setText(phases.get(i).title() + "\n" + TimeText.duration(planned));
            String where = i == current ? ", the current phase" : i < current ? ", done" : "";
            chip.setAccessibleText("Phase " + (i + 1) + " of " + phases.size() + ": " + phases.get(i).title() + ", "
                    + minutes(planned) + where);
            var classes = chip.getStyleClass();
            classes.removeAll("current", "done");
            if (i == current) {
                classes.add("current");
            } else if (i < current) {
                classes.add("done");
            }
        }
    }

    /** @return e.g. "5 minutes", or "4 minutes 30 seconds" */
    private static String minutes(long ms) {
        long s = Math.max(0, ms) / 1000;
        String text = s / 60 + (s / 60 == 1 ? " minute" : " minutes");
        return s % 60 == 0 ? text : text + " " + s % 60 + " seconds";
    }
}
