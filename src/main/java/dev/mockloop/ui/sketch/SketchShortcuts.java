package dev.mockloop.ui.sketch;

import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The sketch pad's keys; Shortcut is Ctrl, or Cmd on macOS. */
final class SketchShortcuts {

    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination REDO_ALT = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination CUT = new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination DUPLICATE = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SELECT_ALL = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FRONT = new KeyCodeCombination(KeyCode.CLOSE_BRACKET, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination BACK = new KeyCodeCombination(KeyCode.OPEN_BRACKET, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_IN = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_IN_ALT = new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_OUT = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_OUT_ALT = new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_RESET = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FIT = new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHIFT_DOWN);
    static final KeyCombination GRID = new KeyCodeCombination(KeyCode.G);
    static final KeyCombination PEN = new KeyCodeCombination(KeyCode.P);
    static final KeyCombination ERASER = new KeyCodeCombination(KeyCode.E);

    /** Single keys that pick a tool. */
    static final Map<KeyCode, SketchTool> TOOL_KEYS = Map.of(
            KeyCode.V, SketchTool.SELECT,
            KeyCode.P, SketchTool.PEN,
            KeyCode.L, SketchTool.LINE,
            KeyCode.A, SketchTool.ARROW,
            KeyCode.R, SketchTool.RECTANGLE,
            KeyCode.B, SketchTool.ROUNDED_BOX,
            KeyCode.O, SketchTool.ELLIPSE,
            KeyCode.C, SketchTool.CYLINDER,
            KeyCode.T, SketchTool.TEXT,
            KeyCode.E, SketchTool.ERASER);

    /** @return the key that picks the tool, for tooltips, or "" */
    static String keyFor(SketchTool tool) {
        return TOOL_KEYS.entrySet().stream().filter(e -> e.getValue() == tool).map(e -> e.getKey().getName())
                .findFirst().orElse("");
    }

    private SketchShortcuts() {
    }
}
