package dev.mockloop.ui.backups;

import dev.mockloop.storage.Backup;
import dev.mockloop.storage.BackupService;
import dev.mockloop.ui.common.RestoreAction;
import dev.mockloop.ui.common.TaskRunner;
import dev.mockloop.ui.voice.RecordingsText;
import dev.mockloop.voice.RecordingFolder;
import dev.mockloop.voice.VoiceService;
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
     * @param holds   what it holds beside the database: "with recordings (12.4 MB)" or "database only"
     * @param backup  the backup itself, to restore
     */
    public record Row(Instant takenAt, String reason, long kb, String holds, Backup backup) {
        static Row of(Backup backup) {
            return new Row(backup.takenAt(), backup.reason().replace('-', ' '), (backup.bytes() + 1023) / 1024,
                    BackupsViewModel.holds(backup), backup);
        }

        /** @return whether the backup holds recordings, which restoring it puts back where missing */
        public boolean withRecordings() {
            return backup.copy(RecordingFolder.ROOT).isPresent();
        }
    }

    /** @return "with recordings (12.4 MB)" or "database only" */
    static String holds(Backup backup) {
        return backup.copy(RecordingFolder.ROOT).map(c -> "with recordings (" + RecordingsText.mb(c.bytes()) + ")")
                .orElse("database only");
    }

    private final BackupService service;
    private final TaskRunner tasks;
    private final RestoreAction restore;
    private final ObservableList<Row> backups = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final VoiceService voice;
    private final ReadOnlyBooleanWrapper recordingsToo;

    /** @param voice whose setting "Back up recordings too" the screen shows and changes */
    public BackupsViewModel(BackupService service, TaskRunner tasks, RestoreAction restore, VoiceService voice) {
        this.service = service;
        this.tasks = tasks;
        this.restore = restore;
        this.voice = voice;
        this.recordingsToo = new ReadOnlyBooleanWrapper(voice.settings().backupRecordings());
    }

    /**
     * "Back up recordings too": from the next backup on, each backup also copies the
     * recordings (only what changed since the previous one takes room), or stops doing so.
     * Saved at once.
     */
    public void setRecordingsToo(boolean on) {
        recordingsToo.set(voice.updateSettings(s -> s.withBackupRecordings(on)).backupRecordings());
        status.set(on ? "From the next backup on, the recordings are backed up too."
                : "From the next backup on, only the database is backed up; the backups that hold recordings keep them.");
    }

    /** @return whether backups copy the recordings too */
    public ReadOnlyBooleanProperty recordingsTooProperty() {
        return recordingsToo.getReadOnlyProperty();
    }

    public void load() {
        tasks.run(service::list, list -> backups.setAll(list.stream().map(Row::of).toList()), failure -> status.set("Could not list the backups: " + failure.getMessage()));
    }

    public void backUpNow() {
        busy.set(true);
        tasks.run(() -> service.backupNow("manual"), made -> {
            busy.set(false);
            status.set("Backed up to " + made.file().getFileName() + ", " + holds(made) + ".");
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
