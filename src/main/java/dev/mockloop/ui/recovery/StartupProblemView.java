package dev.mockloop.ui.recovery;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Shown instead of the home screen when the data cannot be opened: what happened, that
 * nothing was changed, and the ways on. For a damaged file or one from a newer Mockloop,
 * restoring the newest backup comes first; for anything else (a file that is not itself at
 * fault) "Try again" does, and a backup is only a second choice. A restore always asks first,
 * says the current file is kept (set aside in the backups folder), and offers to export what
 * it still holds before it goes.
 */
public final class StartupProblemView extends VBox {

    /** The button on the confirmation that goes ahead. */
    static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);

    /**
     * What the screen offers.
     *
     * @param problem       what went wrong, in a sentence or two
     * @param restoreLabel  e.g. "Restore the backup of 21 Nov 2026, 13:20", or null without a backup
     * @param restoreFirst  whether restoring is the main way on (the file is damaged or too new)
     * @param salvageOffer  e.g. "First export what is still readable: 12 attempts and the round in
     *                      progress", or null when nothing can be read
     */
    public record Choices(String problem, String restoreLabel, boolean restoreFirst, String salvageOffer) {
    }

    private final Choices choices;
    private final Consumer<Boolean> restore;

    /**
     * @param restore called after the user confirmed a restore, with whether to salvage first
     * @param retry   opens the data again
     * @param quit    what the quit button does
     */
    public StartupProblemView(Choices choices, Consumer<Boolean> restore, Runnable retry, Runnable quit) {
        super(14);
        this.choices = choices;
        this.restore = restore;
        setId("startup-problem");
        setPadding(new Insets(48));
        setMaxWidth(760);
        Label heading = new Label("Mockloop could not open your data");
        heading.getStyleClass().add("title-2");
        Label what = new Label(choices.problem());
        what.setId("startup-problem-text");
        what.setWrapText(true);
        Label safe = new Label("Nothing was changed and no new empty database was made over your file.");
        safe.setWrapText(true);
        safe.getStyleClass().add("text-muted");
        Button retryButton = new Button("Try again");
        retryButton.setId("startup-retry");
        retryButton.setOnAction(e -> retry.run());
        Button quitButton = new Button("Quit");
        quitButton.setOnAction(e -> quit.run());
        HBox buttons = new HBox(10);
        Button restoreButton = null;
        if (choices.restoreLabel() != null) {
            restoreButton = new Button(choices.restoreFirst() ? choices.restoreLabel() : choices.restoreLabel() + " instead\u2026");
            restoreButton.setId("startup-restore");
            restoreButton.setOnAction(e -> confirmRestore());
        }
        if (restoreButton != null && choices.restoreFirst()) {
            restoreButton.getStyleClass().add("accent");
            buttons.getChildren().addAll(restoreButton, retryButton, quitButton);
        } else {
            retryButton.getStyleClass().add("accent");
            buttons.getChildren().add(retryButton);
            if (restoreButton != null) {
                buttons.getChildren().add(restoreButton);
            }
            buttons.getChildren().add(quitButton);
        }
        getChildren().addAll(heading, what, safe, buttons);
    }

    private void confirmRestore() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION);
        confirm.setHeaderText(choices.restoreLabel() + "?");
        confirm.getDialogPane().setId("startup-restore-confirm");
        Label kept = new Label("Your current file is not deleted: it is moved to the backups folder as it is, with a"
                + " note saying why, so a newer Mockloop or a recovery tool can still open it. Then the backup takes"
                + " its place; anything after the backup is only in the file set aside.");
        kept.setWrapText(true);
        VBox content = new VBox(10, kept);
        CheckBox salvage = new CheckBox();
        if (choices.salvageOffer() != null) {
            salvage.setText(choices.salvageOffer());
            salvage.setId("startup-salvage");
            salvage.setWrapText(true);
            salvage.setSelected(true);
            content.getChildren().add(salvage);
        }
        content.setPrefWidth(560);
        confirm.getDialogPane().setContent(content);
        confirm.getButtonTypes().setAll(ButtonType.CANCEL, RESTORE);
        if (getScene() != null) {
            confirm.initOwner(getScene().getWindow());
        }
        confirm.setOnHidden(e -> {
            if (confirm.getResult() == RESTORE) {
                restore.accept(choices.salvageOffer() != null && salvage.isSelected());
            }
        });
        confirm.show();
    }
}
