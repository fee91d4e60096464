package dev.mockloop.ui.backups;

import dev.mockloop.storage.Backup;
import dev.mockloop.storage.BackupService;
import dev.mockloop.ui.common.RestoreAction;
import dev.mockloop.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the backups screen: the backups, "Back up now", "Check database" and restore. */
public final class BackupsViewModel {

    private final BackupService service;
    private final TaskRunner tasks;
    private final RestoreAction restore;
    private final ObservableList<Backup> backups = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public BackupsViewModel(BackupService service, TaskRunner tasks, RestoreAction restore) {
        this.service = service;
        this.tasks = tasks;
        this.restore = restore;
    }

    public void load() {
        tasks.run(service::list, backups::setAll, failure -> status.set("Could not list the backups: " + failure.getMessage()));
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
    public void restore(Backup backup) {
        restore.restore(backup);
    }

    public ObservableList<Backup> backups() {
        return backups;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
