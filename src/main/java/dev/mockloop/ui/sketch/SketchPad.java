package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Sketch;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;

/**
 * The sketch pad: a toolbar above a white board that fills the rest of the pad and resizes
 * with it. Drag with the pen to draw a stroke; drag with the eraser to remove whole strokes
 * it touches. While the pad has focus (a click on the board gives it focus):
 * Shortcut+Z undo, Shortcut+Shift+Z or Shortcut+Y redo, P pen, E eraser (Shortcut is Ctrl,
 * or Cmd on macOS).
 *
 * <p>Node ids for tests and styling: {@code #sketch-canvas}, {@code #tool-pen},
 * {@code #tool-eraser}, {@code #sketch-undo}, {@code #sketch-redo}, {@code #sketch-clear},
 * {@code #sketch-color-rrggbb}. Sketch px equal board px (no zoom yet).
 */
public class SketchPad extends BorderPane {

    /** Style class of the pad's root. */
    public static final String STYLE_CLASS = "sketch-pad";

    private final SketchPadModel model;

    /** A pad editing the sketch, with a model of its own. */
    public SketchPad(Sketch sketch) {
        this(new SketchPadModel(sketch));
    }

    /** A pad showing and driving the given model. */
    public SketchPad(SketchPadModel model) {
        this.model = model;
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);

        SketchBoard board = new SketchBoard(model);
        board.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        setTop(new SketchToolbar(model));
        setCenter(board);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKeyPressed);
    }

    /** @return the pad's state and actions (tool, pen, undo and clear enablement) */
    public SketchPadModel model() {
        return model;
    }

    /** Stops following the sketch; call when the pad is thrown away but the sketch lives on. */
    public void dispose() {
        model.dispose();
    }

    private void onKeyPressed(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        if (SketchShortcuts.UNDO.match(e)) {
            model.undo();
        } else if (SketchShortcuts.REDO.match(e) || SketchShortcuts.REDO_ALT.match(e)) {
            model.redo();
        } else if (SketchShortcuts.PEN.match(e)) {
            model.toolProperty().set(SketchTool.PEN);
        } else if (SketchShortcuts.ERASER.match(e)) {
            model.toolProperty().set(SketchTool.ERASER);
        } else {
            return;
        }
        e.consume();
    }
}
