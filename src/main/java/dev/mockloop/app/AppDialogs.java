package dev.mockloop.app;

import dev.mockloop.pack.PackProblem;
import dev.mockloop.storage.Backup;
import dev.mockloop.ui.common.FileDialogs;
import dev.mockloop.ui.common.ProblemList;
import dev.mockloop.ui.common.TaskRunner;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/** The app's own dialogs over its window: notices, a confirmation, the packs skipped at start. */
final class AppDialogs {

    private final Stage stage;
    private final TaskRunner slowTasks;

    /** @param slowTasks saves the list of skipped packs to a file, off the UI thread */
    AppDialogs(Stage stage, TaskRunner slowTasks) {
        this.stage = stage;
        this.slowTasks = slowTasks;
    }

    /** @return when a backup was taken, as the dialogs say it (medium date, short time, in the app clock's zone) */
    static String when(Backup backup, Clock clock) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withZone(clock.getZone()).format(backup.takenAt());
    }

    /** Lists the imported packs skipped at start, and why; nothing when there are none. */
    void skippedPacks(List<PackProblem> problems) {
        if (!problems.isEmpty()) {
            Alert alert = new Alert(Alert.AlertType.INFORMATION);
            alert.setHeaderText("Some imported packs were skipped");
            alert.getDialogPane().setContent(new ProblemList(problems.stream().map(PackProblem::format).toList(),
                    FileDialogs.native_(), slowTasks, () -> stage, "skipped-packs.txt"));
            alert.initOwner(stage);
            alert.show();
        }
    }

    /** Shows a notice over the window and returns at once. */
    void inform(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.setHeaderText(header);
        alert.initOwner(stage);
        alert.show();
    }

    /** @return whether the user chose OK; Cancel, Escape and closing the dialog say no */
    boolean confirm(String header, String text) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.CANCEL, ButtonType.OK);
        confirm.setHeaderText(header);
        confirm.initOwner(stage);
        return confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }
}
