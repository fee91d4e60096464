package dev.mockloop.ui.interview;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;

/**
 * "Invite an interviewer" for the round's screen, before and during the round: opens the invite
 * window (one per round; a second click brings it to the front), and says "Interviewer
 * connected" while one is.
 */
public final class InviteButton extends Button {

    private Stage window;

    /** @param model the invitation's state for the round on screen */
    public InviteButton(InviteViewModel model) {
        setId("session-invite");
        textProperty().bind(Bindings.when(model.connectedProperty())
                .then("Interviewer connected").otherwise("Invite an interviewer"));
        setTooltip(new Tooltip("A friend runs this round as your interviewer from their browser"));
        setOnAction(e -> {
            if (window != null && window.isShowing()) {
                window.toFront();
            } else {
                window = InviteDialog.show(getScene() == null ? null : getScene().getWindow(), model);
            }
        });
    }
}
