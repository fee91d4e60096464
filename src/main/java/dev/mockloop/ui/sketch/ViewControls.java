package dev.mockloop.ui.sketch;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * Undo, redo and the view controls, floating at the board's bottom-right corner:
 * {@code #sketch-undo}, {@code #sketch-redo}, {@code #sketch-grid} (show and snap to the
 * grid), {@code #sketch-snap} (snap to shapes), {@code #sketch-zoom-out}, {@code #sketch-zoom}
 * (the zoom level; click for 100 %), {@code #sketch-zoom-in}, {@code #sketch-fit}.
 */
final class ViewControls extends HBox {

    ViewControls(SketchPadModel model) {
        super(2);
        getStyleClass().add("sketch-view-controls");
        setAlignment(Pos.CENTER_RIGHT);
        setPickOnBounds(false);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);

        Button undo = action("sketch-undo", MaterialDesignU.UNDO, "Undo (" + SketchShortcuts.UNDO.getDisplayText() + ")",
                model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = action("sketch-redo", MaterialDesignR.REDO, "Redo (" + SketchShortcuts.REDO.getDisplayText()
                + " or " + SketchShortcuts.REDO_ALT.getDisplayText() + ")", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());

        javafx.scene.control.ToggleButton grid = new javafx.scene.control.ToggleButton(null,
                new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignG.GRID));
        PadControls.decorate(grid, "sketch-grid", "Grid: show and snap to it (" + SketchShortcuts.GRID.getDisplayText() + ")");
        grid.selectedProperty().bindBidirectional(model.gridProperty());
        javafx.scene.control.ToggleButton snap = new javafx.scene.control.ToggleButton(null,
                new FontIcon(MaterialDesignM.MAGNET));
        PadControls.decorate(snap, "sketch-snap", "Snap to other shapes' edges and centres");
        snap.selectedProperty().bindBidirectional(model.snapToShapesProperty());

        Button zoomOut = action("sketch-zoom-out", MaterialDesignM.MAGNIFY_MINUS_OUTLINE,
                "Zoom out (" + SketchShortcuts.ZOOM_OUT.getDisplayText() + ", or Ctrl+wheel)", () -> model.zoomBy(1 / 1.25));
        Button zoom = new Button();
        zoom.setId("sketch-zoom");
        zoom.getStyleClass().addAll(Styles.FLAT, "sketch-zoom-level");
        zoom.setFocusTraversable(false);
        zoom.setTooltip(new Tooltip("Back to 100 % (" + SketchShortcuts.ZOOM_RESET.getDisplayText() + ")"));
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "%d%%", Math.round(model.viewport().scale() * 100)),
                model.viewport().scaleProperty()));
        zoom.setOnAction(e -> model.zoomReset());
        zoom.setMinWidth(54);
        Button zoomIn = action("sketch-zoom-in", MaterialDesignM.MAGNIFY_PLUS_OUTLINE,
                "Zoom in (" + SketchShortcuts.ZOOM_IN.getDisplayText() + ")", () -> model.zoomBy(1.25));
        Button fit = action("sketch-fit", MaterialDesignF.FIT_TO_PAGE_OUTLINE,
                "Fit everything in view (" + SketchShortcuts.FIT.getDisplayText() + ")", model::fitToContent);
        getChildren().addAll(undo, redo, new Separator(javafx.geometry.Orientation.VERTICAL), grid, snap,
                new Separator(javafx.geometry.Orientation.VERTICAL), zoomOut, zoom, zoomIn, fit);
    }

    private static Button action(String id, Ikon icon, String tip, Runnable run) {
        Button button = new Button(null, new FontIcon(icon));
        PadControls.decorate(button, id, tip);
        button.setOnAction(e -> run.run());
        return button;
    }
}
