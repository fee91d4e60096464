package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.Sketch;
import dev.mockloop.ui.common.FxTaskRunner;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;

/**
 * The sketch pad: tools down the left, style and actions on top, stencils along the bottom,
 * and an infinite white board in the middle that resizes with the pad. While the pad has
 * focus (a click on the board gives it focus): tool keys (V select, P pen, L line, A
 * arrow, R rectangle, B rounded box, O ellipse, C cylinder, T text, E eraser), Delete,
 * Shortcut+Z undo, Shortcut+Shift+Z or Shortcut+Y redo, Shortcut+C/X/V/D/A copy, cut,
 * paste, duplicate, select all, Shortcut+] / [ front and back, arrows nudge (Shift: 10 px),
 * Enter edits the selected label, Escape cancels, G grid, Shortcut+= / - / 0 zoom, Shift+1
 * fit, Space+drag pans (Shortcut is Ctrl, or Cmd on macOS).
 *
 * <p>Node ids for tests and styling: {@code #sketch-canvas} (the committed layer; drags on
 * it draw), tools {@code #tool-*}, {@code #stencil-*}, {@code #sketch-undo},
 * {@code #sketch-redo}, {@code #sketch-clear}, {@code #sketch-color-rrggbb} and the rest
 * named in {@link SketchToolbar}.
 */
public class SketchPad extends BorderPane {

    /** Style class of the pad's root. */
    public static final String STYLE_CLASS = "sketch-pad";

    private static final Map<KeyCode, double[]> NUDGES = Map.of(
            KeyCode.LEFT, new double[] {-1, 0}, KeyCode.RIGHT, new double[] {1, 0},
            KeyCode.UP, new double[] {0, -1}, KeyCode.DOWN, new double[] {0, 1});

    /** The pad's own styles (toolbar and rail), on top of the theme. */
    private static final String STYLESHEET = "/dev/mockloop/ui/sketch/pad.css";
    /** Space between the floating view controls and the board's edges, in px. */
    private static final double VIEW_MARGIN_PX = 8;

    private final SketchPadModel model;
    private final SketchBoard board;
    private final javafx.scene.layout.Pane overlay = new javafx.scene.layout.Pane();
    private final StencilStrip stencils;
    private SketchExport exporter;
    private FxTaskRunner ownTasks;

    /** A pad editing the sketch, with a model of its own. */
    public SketchPad(Sketch sketch) {
        this(new SketchPadModel(sketch, new FxTextMeasurer()));
    }

    /** A pad showing and driving the given model. */
    public SketchPad(SketchPadModel model) {
        this.model = model;
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);

        board = new SketchBoard(model);
        board.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (model.labelEditProperty().get() == null) {
                requestFocus();
            }
        });
        stencils = new StencilStrip(model);
        setTop(new SketchToolbar(model, this));
        setLeft(new ToolRail(model));
        ViewControls view = new ViewControls(model);
        javafx.scene.layout.StackPane.setAlignment(view, javafx.geometry.Pos.BOTTOM_RIGHT);
        javafx.scene.layout.StackPane.setMargin(view, new javafx.geometry.Insets(VIEW_MARGIN_PX));
        overlay.setId("sketch-overlay");
        overlay.setPickOnBounds(false);
        overlay.setMinSize(0, 0);
        // The overlay stops above the floating view controls, so nothing put on it covers them.
        view.heightProperty().addListener((o, was, now) -> javafx.scene.layout.StackPane.setMargin(overlay,
                new javafx.geometry.Insets(0, 0, now.doubleValue() + 2 * VIEW_MARGIN_PX, 0)));
        javafx.scene.layout.StackPane center = new javafx.scene.layout.StackPane(board, overlay, view);
        center.setMinSize(0, 0);
        getStylesheets().add(java.util.Objects.requireNonNull(
                SketchPad.class.getResource(STYLESHEET)).toExternalForm());
        setCenter(center);
        setBottom(stencils);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                board.setSpaceDown(false);
            }
        });
        focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                board.setSpaceDown(false);
            }
        });
    }

    /** @return the pad's state and actions (tool, style, selection, view, history) */
    public SketchPadModel model() {
        return model;
    }

    /**
     * @return a layer over the board, the size of the board less the band of the floating
     *         view controls (undo, grid, zoom) at its foot, for cards and panels that must
     *         never cover the pad's own controls; it passes clicks through where it is empty
     */
    public javafx.scene.layout.Pane overlay() {
        return overlay;
    }

    /** Sets how exports pick and write files; by default a native dialog and a background thread of the pad's own. */
    public void setExport(SketchExport export) {
        this.exporter = export;
    }

    /**
     * @param focusOwner the scene's focus owner, or null
     * @return whether it is a sketch pad or inside one, so keys such as Space belong to the pad
     */
    public static boolean ownsKeys(Node focusOwner) {
        for (Node n = focusOwner; n != null; n = n.getParent()) {
            if (n instanceof SketchPad) {
                return !(focusOwner instanceof TextInputControl);
            }
        }
        return false;
    }

    /** Stops following the sketch; call when the pad is thrown away but the sketch lives on. */
    public void dispose() {
        board.dispose();
        model.dispose();
        if (ownTasks != null) {
            try {
                ownTasks.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Exports the whole sketch, or only the selection, asking where to save. */
    void export(SketchExport.Format format, boolean selectionOnly) {
        if (exporter == null) {
            ownTasks = new FxTaskRunner();
            exporter = new SketchExport(SketchExport.Chooser.nativeDialog(), ownTasks);
        }
        List<Element> elements = selectionOnly ? model.selectedElements() : List.copyOf(model.sketch().elements());
        exporter.export(getScene() == null ? null : getScene().getWindow(), elements, format, stencils::setStatus);
    }

    private void onKeyPressed(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || model.labelEditProperty().get() != null) {
            return;
        }
        if (!handle(e)) {
            return;
        }
        e.consume();
    }

    private boolean handle(KeyEvent e) {
        PadEditing edit = model.editing();
        KeyCode code = e.getCode();
        if (code == KeyCode.SPACE) {
            board.setSpaceDown(true);
        } else if (SketchShortcuts.UNDO.match(e)) {
            model.undo();
        } else if (SketchShortcuts.REDO.match(e) || SketchShortcuts.REDO_ALT.match(e)) {
            model.redo();
        } else if (SketchShortcuts.COPY.match(e)) {
            edit.copy();
        } else if (SketchShortcuts.CUT.match(e)) {
            edit.cut();
        } else if (SketchShortcuts.PASTE.match(e)) {
            edit.paste();
        } else if (SketchShortcuts.DUPLICATE.match(e)) {
            edit.duplicate();
        } else if (SketchShortcuts.SELECT_ALL.match(e)) {
            model.toolProperty().set(SketchTool.SELECT);
            edit.selectAll();
        } else if (SketchShortcuts.FRONT.match(e)) {
            edit.bringToFront();
        } else if (SketchShortcuts.BACK.match(e)) {
            edit.sendToBack();
        } else if (SketchShortcuts.ZOOM_IN.match(e) || SketchShortcuts.ZOOM_IN_ALT.match(e)) {
            model.zoomBy(1.25);
        } else if (SketchShortcuts.ZOOM_OUT.match(e) || SketchShortcuts.ZOOM_OUT_ALT.match(e)) {
            model.zoomBy(1 / 1.25);
        } else if (SketchShortcuts.ZOOM_RESET.match(e)) {
            model.zoomReset();
        } else if (SketchShortcuts.FIT.match(e)) {
            model.fitToContent();
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            edit.deleteSelection();
        } else if (code == KeyCode.ESCAPE) {
            model.cancelGesture();
            edit.clearSelection();
        } else if (code == KeyCode.ENTER) {
            edit.editSelectedLabel();
        } else if (NUDGES.containsKey(code) && !e.isShortcutDown()) {
            double step = e.isShiftDown() ? 10 : 1;
            edit.nudge(NUDGES.get(code)[0] * step, NUDGES.get(code)[1] * step);
        } else if (SketchShortcuts.GRID.match(e)) {
            model.gridProperty().set(!model.gridProperty().get());
        } else if (SketchShortcuts.TOOL_KEYS.containsKey(code) && !e.isShortcutDown() && !e.isAltDown()
                && new javafx.scene.input.KeyCodeCombination(code).match(e)) {
            model.toolProperty().set(SketchShortcuts.TOOL_KEYS.get(code));
        } else {
            return false;
        }
        return true;
    }
}
