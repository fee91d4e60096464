package dev.mockloop.ui.recovery;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Shown instead of the home screen when the data cannot be opened: what happened, that
 * nothing was changed, and, when there is a backup, a button to restore the newest one.
 */
public final class StartupProblemView extends VBox {

    /**
     * @param problem       what went wrong, in a sentence or two
     * @param restoreLabel  e.g. "Restore the backup of 21 Nov 2026, 13:20", or {@code null} without a backup
     * @param restore       what the restore button does
     * @param quit          what the quit button does
     */
    public StartupProblemView(String problem, String restoreLabel, Runnable restore, Runnable quit) {
        super(14);
        setId("startup-problem");
        setPadding(new Insets(48));
        setMaxWidth(760);
        Label heading = new Label("Mockloop could not open your data");
        heading.getStyleClass().add("title-2");
        Label what = new Label(problem);
        what.setId("startup-problem-text");
        what.setWrapText(true);
        Label safe = new Label("Nothing was changed and no new empty database was made over your file.");
        safe.setWrapText(true);
        safe.getStyleClass().add("text-muted");
        Button quitButton = new Button("Quit");
        quitButton.setOnAction(e -> quit.run());
        HBox buttons = new HBox(10);
        if (restoreLabel != null) {
            Button restoreButton = new Button(restoreLabel);
            restoreButton.setId("startup-restore");
            restoreButton.getStyleClass().add("accent");
            restoreButton.setOnAction(e -> restore.run());
            buttons.getChildren().add(restoreButton);
        }
        buttons.getChildren().add(quitButton);
        getChildren().addAll(heading, what, safe, buttons);
    }
}
