package dev.mockloop.ui.sketch;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The pad's top bar: ink swatches ({@code #sketch-color-rrggbb}), line widths
 * ({@code #sketch-width-1.5} ...), fill ({@code #sketch-fill}); delete, duplicate, bring to
 * front and send to back for the selection; export; clear. Style controls restyle the
 * selection too. Tooltips name the keyboard shortcuts. Undo, redo, grid, snapping and zoom
 * float on the board ({@link ViewControls}). The groups wrap onto a second row on a narrow
 * pad rather than hiding behind an overflow button.
 */
final class SketchToolbar extends FlowPane {

    static final String STYLE_CLASS = "sketch-toolbar";

    private final SketchPadModel model;
    private final ToggleGroup swatches = new ToggleGroup();
    private final ToggleGroup widths = new ToggleGroup();

    SketchToolbar(SketchPadModel model, SketchPad pad) {
        super(12, 2);
        this.model = model;
        getStyleClass().add(STYLE_CLASS);
        setPadding(new Insets(3, 8, 3, 8));
        setAlignment(Pos.CENTER_LEFT);
        HBox inks = group();
        for (String hex : PadStyle.PALETTE) {
            inks.getChildren().add(swatch(hex));
        }
        PadControls.keepOneSelected(swatches);
        PadControls.select(swatches, model.style().colorProperty().get());
        swatches.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null && !now.getUserData().equals(model.style().colorProperty().get())) {
                model.style().setColor((String) now.getUserData());
            }
        });
        model.style().colorProperty().addListener((o, was, now) -> PadControls.select(swatches, now));

        HBox lines = group();
        for (double w : PadStyle.WIDTHS) {
            lines.getChildren().add(width(w));
        }
        PadControls.keepOneSelected(widths);
        PadControls.select(widths, model.style().penWidthProperty().get());
        widths.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null && (double) now.getUserData() != model.style().penWidthProperty().get()) {
                model.style().setPenWidth((double) now.getUserData());
            }
        });
        model.style().penWidthProperty().addListener((o, was, now) -> PadControls.select(widths, now.doubleValue()));
        lines.getChildren().add(fillMenu());

        PadEditing edit = model.editing();
        Node[] selectionActions = {
            action("sketch-delete", MaterialDesignD.DELETE_OUTLINE, "Delete the selection (Delete)", edit::deleteSelection),
            action("sketch-duplicate", MaterialDesignC.CONTENT_DUPLICATE, "Duplicate ("
                    + SketchShortcuts.DUPLICATE.getDisplayText() + ")", edit::duplicate),
            action("sketch-front", MaterialDesignA.ARRANGE_BRING_TO_FRONT, "Bring to front ("
                    + SketchShortcuts.FRONT.getDisplayText() + ")", edit::bringToFront),
            action("sketch-back", MaterialDesignA.ARRANGE_SEND_TO_BACK, "Send to back ("
                    + SketchShortcuts.BACK.getDisplayText() + ")", edit::sendToBack),
        };
        for (Node n : selectionActions) {
            n.disableProperty().bind(model.hasSelectionProperty().not());
        }
        HBox selection = group();
        selection.getChildren().addAll(selectionActions);

        HBox board = group();
        board.getChildren().add(exportMenu(pad));

        Button clear = action("sketch-clear", MaterialDesignD.DELETE_SWEEP_OUTLINE, "Clear the board (can be undone)",
                model::clear);
        clear.disableProperty().bind(model.emptyProperty());
        board.getChildren().add(clear);
        getChildren().addAll(inks, lines, selection, board);
    }

    /** A run of related controls that stays on one row when the bar wraps. */
    private static HBox group() {
        HBox group = new HBox(2);
        group.setAlignment(Pos.CENTER_LEFT);
        group.getStyleClass().add("sketch-tool-group");
        return group;
    }

    private MenuButton fillMenu() {
        Rectangle current = new Rectangle(16, 4);
        current.setStroke(Color.web("#9ca3af"));
        current.setStrokeWidth(0.5);
        MenuButton fill = new MenuButton(null, new javafx.scene.layout.VBox(1,
                new FontIcon(MaterialDesignF.FORMAT_COLOR_FILL), current));
        PadControls.decorate(fill, "sketch-fill", "Fill for shapes (and the selected ones)");
        fill.getStyleClass().remove(atlantafx.base.theme.Styles.BUTTON_ICON);
        MenuItem none = new MenuItem("No fill");
        none.setId("sketch-fill-none");
        none.setOnAction(e -> model.style().setFill(null));
        fill.getItems().add(none);
        for (String hex : PadStyle.FILLS) {
            Rectangle chip = new Rectangle(14, 14, Color.web(hex));
            chip.setStroke(Color.web("#9ca3af"));
            MenuItem item = new MenuItem(hex, chip);
            item.setId("sketch-fill-" + hex.substring(1));
            item.setOnAction(e -> model.style().setFill(hex));
            fill.getItems().add(item);
        }
        current.fillProperty().bind(Bindings.createObjectBinding(() -> model.style().fillProperty().get() == null
                ? Color.TRANSPARENT : Color.web(model.style().fillProperty().get()), model.style().fillProperty()));
        return fill;
    }

    private MenuButton exportMenu(SketchPad pad) {
        MenuButton export = new MenuButton(null, new FontIcon(MaterialDesignE.EXPORT_VARIANT));
        PadControls.decorate(export, "sketch-export", "Export the sketch as PNG or SVG");
        export.getStyleClass().remove(atlantafx.base.theme.Styles.BUTTON_ICON);
        CheckMenuItem selectionOnly = new CheckMenuItem("Only the selection");
        selectionOnly.setId("sketch-export-selection");
        selectionOnly.disableProperty().bind(model.hasSelectionProperty().not());
        for (SketchExport.Format format : SketchExport.Format.values()) {
            MenuItem item = new MenuItem(format.title() + "…");
            item.setId("sketch-export-" + format.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            item.setOnAction(e -> pad.export(format, selectionOnly.isSelected() && model.hasSelectionProperty().get()));
            export.getItems().add(item);
        }
        export.getItems().addAll(new SeparatorMenuItem(), selectionOnly);
        export.disableProperty().bind(model.emptyProperty());
        return export;
    }

    private ToggleButton swatch(String hex) {
        Circle dot = new Circle(7, Color.web(hex));
        dot.getStyleClass().add("ink-swatch");
        ToggleButton button = new ToggleButton(null, dot);
        button.setUserData(hex);
        button.setToggleGroup(swatches);
        PadControls.decorate(button, "sketch-color-" + hex.substring(1), "Ink " + hex + " (and the selection's)");
        return button;
    }

    private ToggleButton width(double px) {
        Rectangle line = new Rectangle(16, px, Color.web("#374151"));
        line.getStyleClass().add("width-swatch");
        line.setArcWidth(px);
        line.setArcHeight(px);
        ToggleButton button = new ToggleButton(null, line);
        button.setUserData(px);
        button.setToggleGroup(widths);
        String name = px < 2 ? "Thin" : px < 3 ? "Medium" : "Bold";
        PadControls.decorate(button, "sketch-width-" + px, name + " line, " + px + " px (and the selection's)");
        return button;
    }

    private static Button action(String id, Ikon icon, String tip, Runnable run) {
        Button button = new Button(null, new FontIcon(icon));
        PadControls.decorate(button, id, tip);
        button.setOnAction(e -> run.run());
        return button;
    }
}
