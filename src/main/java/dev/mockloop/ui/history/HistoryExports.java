package dev.mockloop.ui.history;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import dev.mockloop.export.CsvExport;
import dev.mockloop.export.JsonExport;
import dev.mockloop.review.FilterChoice;
import dev.mockloop.review.ReviewStore;
import dev.mockloop.storage.Backup;
import dev.mockloop.ui.common.FileDialogs;
import dev.mockloop.ui.common.RestoreAction;
import dev.mockloop.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;

/**
 * The history's Export menu: all attempts as CSV or JSON, a full backup as one file, and
 * a restore from such a file (through the app's restore, which backs up today's data first).
 * The work runs off the UI thread; the outcome is shown in {@link #statusProperty()}.
 */
public final class HistoryExports {

    private final ReviewStore review;
    private final TaskRunner tasks;
    private final FileDialogs files;
    private final RestoreAction restore;
    private final ZoneId zone;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public HistoryExports(ReviewStore review, TaskRunner tasks, FileDialogs files, RestoreAction restore, ZoneId zone) {
        this.review = review;
        this.tasks = tasks;
        this.files = files;
        this.restore = restore;
        this.zone = zone;
    }

    /** @return the menu button, for the history's bottom bar */
    public Node menu() {
        MenuButton menu = new MenuButton("Export");
        menu.setId("history-export");
        MenuItem csv = item("history-export-csv", "All attempts as CSV…", () -> exportCsv(owner(menu)));
        MenuItem json = item("history-export-json", "All attempts as JSON…", () -> exportJson(owner(menu)));
        MenuItem backup = item("history-export-backup", "Full backup as one file…", () -> exportBackup(owner(menu)));
        MenuItem restoreFrom = item("history-restore-file", "Restore from a backup file…", () -> restoreFrom(owner(menu)));
        menu.getItems().addAll(csv, json, new SeparatorMenuItem(), backup, restoreFrom);
        return menu;
    }

    /** Asks where, then writes every attempt as CSV. */
    public void exportCsv(Window owner) {
        files.save(owner, "Export all attempts as CSV", "mockloop-attempts.csv", "csv").ifPresent(file -> run(file,
                () -> CsvExport.writeAll(review.exports(), review.history().dimensions().stream()
                        .map(FilterChoice::id).toList(), zone, file)));
    }

    /** Asks where, then writes every attempt as JSON. */
    public void exportJson(Window owner) {
        files.save(owner, "Export all attempts as JSON", "mockloop-attempts.json", "json")
                .ifPresent(file -> run(file, () -> JsonExport.writeAll(review.exports(), file)));
    }

    /** Asks where, then writes the whole database to that one file. */
    public void exportBackup(Window owner) {
        files.save(owner, "Save a full backup", "mockloop-backup.db", "db").ifPresent(file -> {
            status.set("Writing the backup…");
            tasks.run(() -> {
                review.exportBackup(file);
                return file;
            }, done -> status.set("Backed up everything to " + done + "."),
                    failure -> status.set("Not backed up: " + failure.getMessage()));
        });
    }

    /** Asks for a backup file, checks it, asks to confirm, then hands it to the app's restore. */
    public void restoreFrom(Window owner) {
        files.open(owner, "Restore from a backup file", "db").ifPresent(file -> tasks.run(
                () -> review.checkBackupFile(file), backup -> confirmRestore(owner, backup),
                failure -> status.set("Not restored: " + failure.getMessage())));
    }

    private void confirmRestore(Window owner, Backup backup) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withZone(zone)
                .format(backup.takenAt());
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Your data is replaced by " + backup.file().getFileName()
                + " (saved " + when + "). Today's data is backed up first, so this can be undone from Backups.",
                ButtonType.CANCEL, ButtonType.OK);
        confirm.setHeaderText("Restore this backup file?");
        if (owner != null) {
            confirm.initOwner(owner);
        }
        if (confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            restore.restore(backup);
        }
    }

    private void run(Path file, Callable<Integer> work) {
        status.set("Exporting…");
        tasks.run(work, n -> status.set(String.format("Exported %,d attempts to %s.", n, file)),
                failure -> status.set("Not exported to " + file + ": " + failure.getMessage()));
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Window owner(Node node) {
        return node.getScene() == null ? null : node.getScene().getWindow();
    }

    /** @return what the last export did, e.g. "Exported 1,204 attempts to /home/me/a.csv." */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
