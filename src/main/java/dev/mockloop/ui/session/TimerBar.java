package dev.mockloop.ui.session;

import dev.mockloop.session.TimerState;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The session header's clock and controls: phase and round time, start/pause, back,
 * next, extend by 1 or 5 minutes, finish early. Every action's tooltip names its shortcut
 * ({@link SessionShortcuts}); the timer's settings are on the settings screen (Ctrl+M mutes here).
 */
final class TimerBar extends HBox {

    TimerBar(SessionViewModel model) {
        super(12);
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(model.round().question().question().title());
        title.getStyleClass().add("title-3");
        title.setMinWidth(120);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label phaseTime = new Label();
        phaseTime.setId("session-phase-time");
        phaseTime.getStyleClass().add("phase-time");
        phaseTime.textProperty().bind(model.phaseTimeProperty());
        phaseTime.accessibleTextProperty().bind(javafx.beans.binding.Bindings.concat("Time in this phase: ",
                model.phaseTimeProperty()));
        styleWhen(phaseTime, "warning", model.phaseWarningProperty());
        styleWhen(phaseTime, "overtime", model.phaseOvertimeProperty());

        Label roundTime = new Label();
        roundTime.setId("session-round-time");
        roundTime.getStyleClass().add("round-time");
        roundTime.textProperty().bind(model.roundTimeProperty());
        roundTime.accessibleTextProperty().bind(javafx.beans.binding.Bindings.concat("Time in the round: ",
                model.roundTimeProperty()));
        styleWhen(roundTime, "overtime", model.roundOvertimeProperty());

        Button primary = button("session-primary", null, "Start, pause and resume the clock (Space, outside the whiteboard)", model::primary);
        primary.getStyleClass().add("accent");
        primary.setMinWidth(90);
        primary.textProperty().bind(model.primaryActionProperty());

        var notStarted = model.stateProperty().isEqualTo(TimerState.NOT_STARTED);
        var over = model.stateProperty().isEqualTo(TimerState.FINISHED);
        Button back = button("session-back", "Back", "Return to the previous phase (Ctrl+Left)", model::back);
        back.disableProperty().bind(model.canGoBackProperty().not());
        Button next = button("session-next", null, "End this phase and start the next (Ctrl+Right)", model::next);
        next.textProperty().bind(model.nextActionProperty());
        next.disableProperty().bind(notStarted);
        Button plusOne = button("session-extend-1", "+1 min", "Give this phase 1 more minute (Ctrl+1)", () -> model.extend(1));
        Button plusFive = button("session-extend-5", "+5", "Give this phase 5 more minutes (Ctrl+5)", () -> model.extend(5));
        plusOne.disableProperty().bind(over);
        plusFive.disableProperty().bind(over);
        Button finish = button("session-finish", "Finish early", "End the round now and score it (Ctrl+Enter)", model::finish);
        finish.getStyleClass().add("flat");
        finish.disableProperty().bind(notStarted);

        getChildren().addAll(title, spacer, stacked(phaseTime, "left in phase"), stacked(roundTime, "left in round"),
                primary, back, next, plusOne, plusFive, finish);
    }

    private static Button button(String id, String text, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        return button;
    }

    private static Node stacked(Label value, String caption) {
        Label label = new Label(caption);
        label.getStyleClass().add("text-muted");
        return new VBox(value, label);
    }

    private static void styleWhen(Node node, String styleClass, ObservableBooleanValue on) {
        Runnable apply = () -> {
            node.getStyleClass().remove(styleClass);
            if (on.get()) {
                node.getStyleClass().add(styleClass);
            }
        };
        on.addListener((obs, old, now) -> apply.run());
        apply.run();
    }
}
