package dev.mockloop.ui.session;

import dev.mockloop.ui.sketch.SketchPad;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The session's keyboard shortcuts: Space pauses and resumes (except while typing, and
 * while the sketch pad has focus, where Space+drag pans),
 * Ctrl+Right next phase, Ctrl+Left back, Ctrl+1 / Ctrl+5 extend, Ctrl+Enter finish
 * early (asking first), Ctrl+M mute, Ctrl+Shift+P and Ctrl+Shift+N hide or show the
 * prompt and the notes. Ctrl is Cmd on macOS.
 */
final class SessionShortcuts {

    private SessionShortcuts() {
    }

    /** @return whether the key was a shortcut, which it then performed */
    static boolean handle(KeyEvent e, Scene scene, SessionViewModel model, RoundActions actions) {
        boolean typing = scene != null && scene.getFocusOwner() instanceof TextInputControl;
        // With the sketch pad focused, Space is the whiteboard's pan key (Space+drag).
        boolean sketching = scene != null && SketchPad.ownsKeys(scene.getFocusOwner());
        if (e.getCode() == KeyCode.SPACE && !typing && !sketching && !e.isShortcutDown()) {
            model.primary();
        } else if (!e.isShortcutDown()) {
            return false;
        } else if (e.isShiftDown() && e.getCode() == KeyCode.P) {
            actions.togglePrompt();
        } else if (e.isShiftDown() && e.getCode() == KeyCode.N) {
            actions.toggleNotes();
        } else if (e.getCode() == KeyCode.RIGHT) {
            model.next();
        } else if (e.getCode() == KeyCode.LEFT) {
            model.back();
        } else if (e.getCode() == KeyCode.DIGIT1) {
            model.extend(1);
        } else if (e.getCode() == KeyCode.DIGIT5) {
            model.extend(5);
        } else if (e.getCode() == KeyCode.ENTER) {
            actions.finish();
        } else if (e.getCode() == KeyCode.M) {
            model.settings().update(s -> s.withMuted(!s.muted()));
        } else {
            return false;
        }
        return true;
    }
}
