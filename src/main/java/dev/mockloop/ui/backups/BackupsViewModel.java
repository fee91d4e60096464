package dev.mockloop.ui.backups;

import dev.mockloop.storage.Backup;
import dev.mockloop.storage.BackupService;
import dev.mockloop.ui.common.RestoreAction;
import dev.mockloop.ui.common.TaskRunner;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the backups screen: the backups, "Back up now", "Check database" and restore. */
public final class BackupsViewModel {

    /**
     * One backup as the table shows it.
     *
     * @param takenAt when it was taken
     * @param reason  why, e.g. "before restore"
     * @param kb      its size in KiB, rounded up
     * @param backup  the backup itself, to restore
     */
    public record Row(Instant takenAt, String reason, long kb, Backup backup) {
        static Row of(Backup backup) {
            return new Row(backup.takenAt(), backup.reason().replace('-', ' '), (backup.bytes() + 1023) / 1024, backup);
        }
    }

    private final BackupService service;
    private final TaskRunner tasks;
    private final RestoreAction restore;
    private final ObservableList<Row> backups = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public BackupsViewModel(BackupService service, TaskRunner tasks, RestoreAction restore) {
        this.service = service;
        this.tasks = tasks;
        this.restore = restore;
    }

    public void load() {
        tasks.run(service::list, list -> backups.setAll(list.stream().map(Row::of).toList()), failure -> status.set("Could not list the backups: " + failure.getMessage()));
    }

    public void backUpNow() {
        busy.set(true);
        tasks.run(() -> service.backupNow("manual"), made -> {
            busy.set(false);
            status.set("Backed up to " + made.file().getFileName() + ".");
            load();
        }, failure -> {
            busy.set(false);
            status.set("Not backed up: " + failure.getMessage());
        });
    }

    /** Runs SQLite's full integrity check and says what it found. */
    public void checkDatabase() {
        busy.set(true);
        status.set("Checking…");
        tasks.run(service::checkIntegrity, problems -> {
            busy.set(false);
            status.set(problems.isEmpty() ? "The database is sound: SQLite's integrity check found no problem."
                    : "SQLite found " + problems.size() + " problem(s), e.g. " + problems.get(0)
                            + ". Restore a backup from before it appeared.");
        }, failure -> {
            busy.set(false);
            status.set("The check could not run: " + failure.getMessage());
        });
    }

    /** Restores a backup; the current database is backed up first. */
    public void restore(Row chosen) {
        restore.restore(chosen.backup());
    }

    /** @return the backups, newest first; read-only */
    public ObservableList<Row> backups() {
        return FXCollections.unmodifiableObservableList(backups);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
