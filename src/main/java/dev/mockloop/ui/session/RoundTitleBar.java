package dev.mockloop.ui.session;

import dev.mockloop.session.ExtendMode;
import dev.mockloop.session.TimerState;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The round screen's top row: Back to the questions (before the start), the question's
 * title, the prompt and notes pane toggles, a slot for actions other features add
 * ({@link #extraActions()}), Abandon round (once started; asks first) and the timer
 * settings under a cog, whose menu opens right-aligned so it stays inside the window.
 */
final class RoundTitleBar extends HBox {

    private final HBox extraActions = new HBox(8);

    RoundTitleBar(SessionViewModel model, RoundLayoutModel layout, RoundActions actions) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("round-title-bar");
        var notStarted = model.stateProperty().isEqualTo(TimerState.NOT_STARTED);

        Button leave = new Button("Back", new FontIcon(MaterialDesignA.ARROW_LEFT));
        leave.setId("session-leave");
        leave.setTooltip(new Tooltip("Back to the questions; the round has not started"));
        leave.setOnAction(e -> actions.abandon());
        showWhen(leave, notStarted);

        Label title = new Label(model.round().question().question().title());
        title.setId("session-title");
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        title.setTooltip(new Tooltip(model.round().question().question().title()));
        HBox.setHgrow(title, Priority.ALWAYS);

        ToggleButton prompt = paneToggle("session-toggle-prompt", "Prompt", MaterialDesignT.TEXT_BOX_OUTLINE,
                "Hide or show the prompt (Ctrl+Shift+P)", actions::togglePrompt);
        ToggleButton notes = paneToggle("session-toggle-notes", "Notes", MaterialDesignN.NOTE_EDIT_OUTLINE,
                "Hide or show the notes (Ctrl+Shift+N)", actions::toggleNotes);
        Runnable sync = () -> {
            prompt.setSelected(layout.get().promptShown());
            notes.setSelected(layout.get().notesShown());
        };
        layout.layoutProperty().addListener((o, was, now) -> sync.run());
        sync.run();

        extraActions.setId("session-extra-actions");
        extraActions.setAlignment(Pos.CENTER_RIGHT);
        extraActions.setMinWidth(Region.USE_PREF_SIZE);

        Button abandon = new Button("Abandon round…");
        abandon.setId("session-abandon");
        abandon.getStyleClass().add("flat");
        abandon.setTooltip(new Tooltip("Throw this round away without saving it; asks first"));
        abandon.setOnAction(e -> actions.abandon());
        showWhen(abandon, notStarted.not());

        getChildren().addAll(leave, title, prompt, notes, extraActions, abandon, settings(model));
        for (var node : getChildren()) {
            if (node != title && node instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
    }

    /**
     * @return a row, empty until a feature adds to it, between the pane toggles and Abandon
     *         round: the place for one or two more actions (e.g. inviting an interviewer)
     */
    HBox extraActions() {
        return extraActions;
    }

    private static ToggleButton paneToggle(String id, String text, org.kordamp.ikonli.Ikon icon, String tip,
                                           Runnable action) {
        ToggleButton toggle = new ToggleButton(text, new FontIcon(icon));
        toggle.setId(id);
        toggle.getStyleClass().add("pane-toggle");
        toggle.setTooltip(new Tooltip(tip));
        toggle.setFocusTraversable(false);
        // The layout decides the state: a click asks for the change, the layout answers.
        toggle.setOnAction(e -> {
            toggle.setSelected(!toggle.isSelected());
            action.run();
        });
        return toggle;
    }

    private static Button settings(SessionViewModel model) {
        ToggleGroup extendMode = new ToggleGroup();
        RadioMenuItem fromLater = new RadioMenuItem("Extensions take time from later phases");
        RadioMenuItem addToRound = new RadioMenuItem("Extensions make the round longer");
        fromLater.setToggleGroup(extendMode);
        addToRound.setToggleGroup(extendMode);
        CheckMenuItem mute = new CheckMenuItem("Mute cue sounds (Ctrl+M)");
        mute.setId("session-mute");
        Runnable show = () -> {
            var s = model.settings().get();
            fromLater.setSelected(s.extendMode() == ExtendMode.TAKE_FROM_LATER_PHASES);
            addToRound.setSelected(s.extendMode() == ExtendMode.ADD_TO_ROUND);
            mute.setSelected(s.muted());
        };
        show.run();
        model.settings().property().addListener((obs, old, now) -> show.run());
        fromLater.setOnAction(e -> model.settings().update(s -> s.withExtendMode(ExtendMode.TAKE_FROM_LATER_PHASES)));
        addToRound.setOnAction(e -> model.settings().update(s -> s.withExtendMode(ExtendMode.ADD_TO_ROUND)));
        mute.setOnAction(e -> model.settings().update(s -> s.withMuted(mute.isSelected())));
        ContextMenu menu = new ContextMenu(fromLater, addToRound, new SeparatorMenuItem(), mute);
        menu.setId("session-settings-menu");

        Button cog = new Button(null, new FontIcon(MaterialDesignC.COG_OUTLINE));
        cog.setId("session-settings");
        cog.setTooltip(new Tooltip("Timer settings"));
        cog.setAccessibleText("Timer settings");
        cog.setFocusTraversable(false);
        cog.setOnAction(e -> {
            if (menu.isShowing()) {
                menu.hide();
            } else {
                menu.show(cog, Side.BOTTOM, 0, 0);
            }
        });
        // Opened below the cog and aligned to its right edge, so the menu never runs off the window.
        menu.setOnShown(e -> alignRight(menu, cog));
        return cog;
    }

    private static void alignRight(ContextMenu menu, Button anchor) {
        Bounds cog = anchor.localToScreen(anchor.getBoundsInLocal());
        Window window = anchor.getScene().getWindow();
        double right = Math.min(cog.getMaxX(), window.getX() + window.getWidth());
        // The popup's own shadow insets, so its visible edge lines up with the cog's.
        double inset = menu.getSkin() == null ? 0
                : (menu.getWidth() - menu.getSkin().getNode().getLayoutBounds().getWidth()) / 2;
        menu.setX(Math.max(window.getX(), right - menu.getWidth() + inset));
    }

    private static void showWhen(Region node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }
}
