package dev.mockloop.ui.sketch;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The sketch pad's keys; Shortcut is Ctrl, or Cmd on macOS. */
final class SketchShortcuts {

    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination REDO_ALT = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PEN = new KeyCodeCombination(KeyCode.P);
    static final KeyCombination ERASER = new KeyCodeCombination(KeyCode.E);

    private SketchShortcuts() {
    }
}
