package dev.mockloop.ui.session;

import dev.mockloop.session.TimerState;
import javafx.beans.binding.Bindings;
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
 * The round's clock and its controls, in one row: phase and round time (each with what it
 * means: "left in phase", or "over in phase" in overtime), start/pause, back, next, extend
 * by 1 or 5 minutes, finish early (which asks first), then the latest cue's banner in the
 * room left. Every action's tooltip names its shortcut ({@link SessionShortcuts}). No
 * control is ever narrower than its text: at 1024 px the row fits with room to spare.
 */
final class TimerBar extends HBox {

    TimerBar(SessionViewModel model, RoundActions actions) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("timer-bar");

        Label phaseTime = new Label();
        phaseTime.setId("session-phase-time");
        phaseTime.getStyleClass().add("phase-time");
        phaseTime.textProperty().bind(model.phaseTimeProperty());
        phaseTime.accessibleTextProperty().bind(javafx.beans.binding.Bindings.concat("Time in this phase: ",
                model.phaseTimeProperty()));
        styleWhen(phaseTime, "warning", model.phaseWarningProperty());
        styleWhen(phaseTime, "overtime", model.phaseOvertimeProperty());
        Label phaseCaption = caption("session-phase-caption");
        phaseCaption.textProperty().bind(model.phaseCaptionProperty());
        styleWhen(phaseCaption, "overtime", model.phaseOvertimeProperty());

        Label roundTime = new Label();
        roundTime.setId("session-round-time");
        roundTime.getStyleClass().add("round-time");
        roundTime.textProperty().bind(model.roundTimeProperty());
        roundTime.accessibleTextProperty().bind(javafx.beans.binding.Bindings.concat("Time in the round: ",
                model.roundTimeProperty()));
        styleWhen(roundTime, "overtime", model.roundOvertimeProperty());
        Label roundCaption = caption("session-round-caption");
        roundCaption.textProperty().bind(model.roundCaptionProperty());
        styleWhen(roundCaption, "overtime", model.roundOvertimeProperty());

        Node phaseClock = clock(phaseTime, phaseCaption);
        phaseClock.accessibleTextProperty().bind(Bindings.concat(model.phaseTimeProperty(), " ",
                model.phaseCaptionProperty()));
        Node roundClock = clock(roundTime, roundCaption);
        roundClock.accessibleTextProperty().bind(Bindings.concat(model.roundTimeProperty(), " ",
                model.roundCaptionProperty()));

        Button primary = button("session-primary", null, "Start, pause and resume the clock (Space, outside the whiteboard)", model::primary);
        primary.getStyleClass().add("accent");
        primary.setMinWidth(84);
        primary.textProperty().bind(model.primaryActionProperty());

        var notStarted = model.stateProperty().isEqualTo(TimerState.NOT_STARTED);
        var over = model.stateProperty().isEqualTo(TimerState.FINISHED);
        Button back = button("session-back", "Back", "Return to the previous phase (Ctrl+Left)", model::back);
        back.disableProperty().bind(model.canGoBackProperty().not());
        Button next = button("session-next", null, "End this phase and start the next (Ctrl+Right)", model::next);
        next.textProperty().bind(model.nextActionProperty());
        next.disableProperty().bind(notStarted);
        Button plusOne = button("session-extend-1", "+1 min", "Give this phase 1 more minute (Ctrl+1)", () -> model.extend(1));
        Button plusFive = button("session-extend-5", "+5 min", "Give this phase 5 more minutes (Ctrl+5)", () -> model.extend(5));
        plusOne.disableProperty().bind(over);
        plusFive.disableProperty().bind(over);
        Button finish = button("session-finish", "Finish early…", "End the round now and score it; asks first (Ctrl+Enter)",
                actions::finish);
        finish.getStyleClass().add("flat");
        finish.disableProperty().bind(notStarted);

        Label banner = new Label();
        banner.setId("session-banner");
        banner.getStyleClass().add("cue-banner");
        banner.setWrapText(true);
        banner.setMinWidth(0);
        // Two lines at most, so a cue never makes the row, and the board under it, jump.
        banner.maxHeightProperty().bind(primary.heightProperty().add(14));
        banner.textProperty().bind(model.bannerProperty());
        banner.visibleProperty().bind(model.bannerProperty().isNotEmpty());
        Region gap = new Region();
        gap.setMinWidth(4);
        HBox.setHgrow(gap, Priority.ALWAYS);

        getChildren().addAll(phaseClock, roundClock, primary, back, next, plusOne, plusFive, finish, gap, banner);
    }

    private static Button button(String id, String text, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private static Label caption(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll("clock-caption", "text-muted");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Node clock(Label value, Label caption) {
        value.setMinWidth(Region.USE_PREF_SIZE);
        VBox clock = new VBox(-2, value, caption);
        clock.setAlignment(Pos.CENTER_LEFT);
        clock.setMinWidth(Region.USE_PREF_SIZE);
        clock.getStyleClass().add("session-clock");
        clock.setFocusTraversable(false);
        return clock;
    }

    static void styleWhen(Node node, String styleClass, ObservableBooleanValue on) {
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
