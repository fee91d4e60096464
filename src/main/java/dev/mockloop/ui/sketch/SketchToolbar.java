package dev.mockloop.ui.sketch;

import atlantafx.base.theme.Styles;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Separator;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The pad's toolbar: pen and eraser, colour swatches, undo, redo and clear, all bound to
 * the {@link SketchPadModel}. Tooltips name the keyboard shortcuts.
 */
final class SketchToolbar extends ToolBar {

    static final String STYLE_CLASS = "sketch-toolbar";

    private final SketchPadModel model;
    private final ToggleGroup tools = new ToggleGroup();
    private final ToggleGroup swatches = new ToggleGroup();

    SketchToolbar(SketchPadModel model) {
        this.model = model;
        getStyleClass().add(STYLE_CLASS);

        ToggleButton pen = toolButton("tool-pen", MaterialDesignP.PENCIL, SketchTool.PEN,
                "Pen (" + SketchShortcuts.PEN.getDisplayText() + ")");
        ToggleButton eraser = toolButton("tool-eraser", MaterialDesignE.ERASER, SketchTool.ERASER,
                "Eraser: removes whole strokes (" + SketchShortcuts.ERASER.getDisplayText() + ")");
        keepOneSelected(tools);
        selectToolButton();
        tools.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.toolProperty().set((SketchTool) now.getUserData());
            }
        });
        model.toolProperty().addListener((o, was, now) -> selectToolButton());
        getItems().addAll(pen, eraser, new Separator(Orientation.VERTICAL));

        for (String hex : SketchPadModel.PALETTE) {
            getItems().add(swatch(hex));
        }
        keepOneSelected(swatches);
        selectSwatch();
        swatches.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.setColor((String) now.getUserData());
                model.toolProperty().set(SketchTool.PEN);
            }
        });
        model.colorProperty().addListener((o, was, now) -> selectSwatch());
        getItems().add(new Separator(Orientation.VERTICAL));

        Button undo = actionButton("sketch-undo", MaterialDesignU.UNDO,
                "Undo (" + SketchShortcuts.UNDO.getDisplayText() + ")");
        undo.setOnAction(e -> model.undo());
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = actionButton("sketch-redo", MaterialDesignR.REDO,
                "Redo (" + SketchShortcuts.REDO.getDisplayText() + " or "
                        + SketchShortcuts.REDO_ALT.getDisplayText() + ")");
        redo.setOnAction(e -> model.redo());
        redo.disableProperty().bind(model.canRedoProperty().not());
        Button clear = actionButton("sketch-clear", MaterialDesignD.DELETE_SWEEP_OUTLINE,
                "Clear the board (can be undone)");
        clear.setOnAction(e -> model.clear());
        clear.disableProperty().bind(model.emptyProperty());
        getItems().addAll(undo, redo, clear);
    }

    private ToggleButton toolButton(String id, Ikon icon, SketchTool tool, String tip) {
        ToggleButton button = new ToggleButton(null, new FontIcon(icon));
        button.setUserData(tool);
        button.setToggleGroup(tools);
        decorate(button, id, tip);
        return button;
    }

    private ToggleButton swatch(String hex) {
        Circle dot = new Circle(7, Color.web(hex));
        ToggleButton button = new ToggleButton(null, dot);
        button.setUserData(hex);
        button.setToggleGroup(swatches);
        decorate(button, "sketch-color-" + hex.substring(1), "Ink " + hex);
        return button;
    }

    private static Button actionButton(String id, Ikon icon, String tip) {
        Button button = new Button(null, new FontIcon(icon));
        decorate(button, id, tip);
        return button;
    }

    private static void decorate(ButtonBase button, String id, String tip) {
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
    }

    /** A click on the selected toggle would leave none selected; keep it selected instead. */
    private static void keepOneSelected(ToggleGroup group) {
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                group.selectToggle(was);
            }
        });
    }

    private void selectToolButton() {
        select(tools, model.toolProperty().get());
    }

    private void selectSwatch() {
        select(swatches, model.colorProperty().get());
    }

    private static void select(ToggleGroup group, Object userData) {
        for (Toggle toggle : group.getToggles()) {
            if (toggle.getUserData().equals(userData)) {
                group.selectToggle(toggle);
                return;
            }
        }
        group.selectToggle(null);
    }
}
