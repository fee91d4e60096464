package dev.mockloop.ui.interview;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The invite pane in a window of its own beside the round, not modal: the round goes on while
 * it is open. Closing it leaves the invitation as it is.
 */
public final class InviteDialog {

    private InviteDialog() {
    }

    /**
     * @param owner the app's window, whose stylesheets the dialog takes
     * @param model the invitation's state for the round
     * @return the window, shown
     */
    public static Stage show(Window owner, InviteViewModel model) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Invite an interviewer");
        Scene scene = new Scene(new InvitePane(model));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
