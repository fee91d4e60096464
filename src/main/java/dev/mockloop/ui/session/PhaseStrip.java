package dev.mockloop.ui.session;

import dev.mockloop.pack.Phase;
import dev.mockloop.ui.common.TimeText;
import java.util.List;
import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The framework's phases as a row of chips sharing the width, each with its title and
 * minutes, the current phase highlighted and finished ones dimmed.
 */
final class PhaseStrip extends HBox {

    PhaseStrip(List<Phase> phases, ObservableIntegerValue current) {
        super(4);
        getStyleClass().add("phase-strip");
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            Label chip = new Label(phase.title() + "\n" + TimeText.duration(phase.plannedMillis()));
            chip.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            chip.setId("phase-" + i);
            chip.getStyleClass().add("phase-chip");
            chip.setTooltip(new Tooltip(phase.guide()));
            chip.setMaxWidth(Double.MAX_VALUE);
            chip.setMinWidth(40);
            HBox.setHgrow(chip, Priority.ALWAYS);
            getChildren().add(chip);
        }
        current.addListener((obs, old, now) -> highlight(now.intValue()));
        highlight(current.get());
    }

    private void highlight(int current) {
        for (int i = 0; i < getChildren().size(); i++) {
            Label chip = (Label) getChildren().get(i);
            var classes = chip.getStyleClass();
            classes.removeAll("current", "done");
            if (i == current) {
                classes.add("current");
            } else if (i < current) {
                classes.add("done");
            }
            chip.setAccessibleText("Phase " + (i + 1) + " of " + getChildren().size() + ": "
                    + chip.getText().replace("\n", ", ") + (i == current ? ", current" : i < current ? ", done" : ", to come"));
        }
    }
}
