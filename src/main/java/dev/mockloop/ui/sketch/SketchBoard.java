package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.SketchChange;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The whiteboard: three stacked layers that fill this region (the board and grid, the
 * committed elements in cached tiles, and an overlay canvas for whatever is in progress,
 * {@code #sketch-canvas}), with pointer input turned into pad gestures by a
 * {@link BoardPointer}. Committed content repaints only where it changed ({@link TileLayer});
 * view changes are applied at most once per pulse.
 */
final class SketchBoard extends Region {

    static final String STYLE_CLASS = "sketch-board";
    private static final double PREF_WIDTH = 640;
    private static final double PREF_HEIGHT = 480;

    private final SketchPadModel model;
    private final GridLayer grid;
    private final TileLayer content;
    private final OverlayLayer overlay;
    private final LabelEditor labelEditor;
    private final BoardPointer pointer;
    private final Consumer<SketchChange> onChange = this::onSketchChange;
    private boolean redrawPending;
    private BoardLook look = BoardLook.LIGHT;

    SketchBoard(SketchPadModel model) {
        this.model = model;
        Viewport view = model.viewport();
        this.grid = new GridLayer(view);
        this.content = new TileLayer(model.sketch(), view);
        this.overlay = new OverlayLayer(view);
        this.labelEditor = new LabelEditor(model);
        getStyleClass().add(STYLE_CLASS);
        setBackground(Background.fill(GridLayer.BOARD));
        // The stylesheet's -color-board (dark in the dark theme) arrives as this region's
        // background; the layers paint in the look it implies.
        backgroundProperty().addListener((o, was, now) -> lookChanged(now));
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        overlay.setId("sketch-canvas");
        for (javafx.scene.Node layer : new javafx.scene.Node[] {grid, content, overlay}) {
            // Sized by layoutChildren; left out of the preferred size so the board can shrink.
            layer.setManaged(false);
            getChildren().add(layer);
        }
        this.pointer = new BoardPointer(this, model, overlay, labelEditor);
        getChildren().addAll(pointer.eraserRing(), labelEditor);

        overlay.widthProperty().addListener((o, was, now) -> redrawAll());
        overlay.heightProperty().addListener((o, was, now) -> redrawAll());
        view.revisionProperty().addListener((o, was, now) -> scheduleRedraw());
        model.sketch().addChangeListener(onChange);
        model.previewProperty().addListener((o, was, now) -> {
            content.setHidden(now.hiddenIds());
            overlay.redraw(model);
        });
        model.gridProperty().addListener((o, was, now) -> grid.setGridOn(now));
    }

    private void lookChanged(Background background) {
        Color board = background == null || background.getFills().isEmpty()
                || !(background.getFills().get(0).getFill() instanceof Color c) ? Color.WHITE : c;
        BoardLook look = BoardLook.forBoard(board);
        if (look.board().equals(this.look.board()) && look.dark() == this.look.dark()) {
            return;
        }
        this.look = look;
        pointer.setLook(look);
        grid.setLook(look);
        overlay.setLook(look);
        content.setLook(look);
        overlay.redraw(model);
    }

    /** @return how the board shows the sketch now: light, or dark with colours turned over */
    BoardLook look() {
        return look;
    }

    /** Space held: drags pan instead of drawing. */
    void setSpaceDown(boolean down) {
        pointer.setSpaceDown(down);
    }

    /** Stops following the sketch. */
    void dispose() {
        model.sketch().removeChangeListener(onChange);
        content.dispose();
    }

    /** Repaints every layer now; the committed layer from its tiles (or anew after a zoom). */
    void redrawAll() {
        redrawPending = false;
        grid.redraw();
        content.viewChanged();
        overlay.redraw(model);
        labelEditor.place();
    }

    /** Repaints every committed element in view from scratch, as after a zoom, before returning. */
    void rebuild() {
        content.rebuildNow();
    }

    /**
     * Does what one frame does for the committed layer: paints missing tiles within its budget.
     *
     * @return whether tiles in view or around it are still missing
     */
    boolean paintFrame() {
        return content.paintFrame();
    }

    /** @return whether every committed tile in view is painted at the current zoom */
    boolean viewPainted() {
        return content.viewComplete();
    }

    /** @return how many tiles the committed layer holds at the current zoom */
    int tileCount() {
        return content.tileCount();
    }

    private void scheduleRedraw() {
        if (!redrawPending) {
            redrawPending = true;
            Platform.runLater(() -> {
                if (redrawPending) {
                    redrawAll();
                }
            });
        }
    }

    private void onSketchChange(SketchChange change) {
        content.changed(change);
        overlay.redraw(model);
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        for (Canvas layer : new Canvas[] {grid, overlay}) {
            layer.relocate(0, 0);
            layer.setWidth(w);
            layer.setHeight(h);
        }
        content.resizeRelocate(0, 0, w, h);
        model.setBoardSize(w, h);
    }

    @Override
    protected double computePrefWidth(double height) {
        return PREF_WIDTH;
    }

    @Override
    protected double computePrefHeight(double width) {
        return PREF_HEIGHT;
    }
}
