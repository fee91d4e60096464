package dev.mockloop.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Asks before something that cannot be taken back (finishing a round, throwing one away):
 * a dialog over the window with the action named on its button and "Cancel" as the
 * default, so Enter or Escape keeps things as they are.
 */
public final class Confirm {

    private Confirm() {
    }

    /**
     * Shows the question and waits for the answer (a nested event loop: the round's clock
     * keeps being drawn meanwhile).
     *
     * @param owner   a node in the window the dialog belongs to
     * @param header  the question, e.g. "Finish the round now?"
     * @param text    what happens, in a sentence or two
     * @param action  the button that goes ahead, e.g. "Finish and score"
     * @param keep    the button that keeps things as they are, e.g. "Keep going"
     * @return true if the user chose {@code action}
     */
    public static boolean ask(Node owner, String header, String text, String action, String keep) {
        ButtonType go = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType stay = new ButtonType(keep, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, go, stay);
        alert.setHeaderText(header);
        alert.setTitle(header);
        if (owner != null && owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        // Cancel, not the action, is what Enter presses.
        ((Button) alert.getDialogPane().lookupButton(go)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(stay)).setDefaultButton(true);
        return alert.showAndWait().orElse(stay) == go;
    }
}
