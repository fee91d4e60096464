package dev.mockloop.storage;

import java.util.List;
import java.util.Optional;

/**
 * Backups of the open database for the app: on start when something changed, every 30
 * minutes, before risky operations, and on demand. Call it off the UI thread.
 */
public final class BackupService {

    /** How often the app backs up while it runs, if something changed: 30 minutes (Anki's interval). */
    public static final long PERIODIC_MS = 30 * 60_000L;

    private final Database database;
    private final Backups backups;

    public BackupService(Database database, Backups backups) {
        this.database = database;
        this.backups = backups;
    }

    /**
     * Backs up if the database changed since the newest backup.
     *
     * @return the new backup, or empty if nothing changed
     * @throws StorageException if the backup cannot be written
     */
    public Optional<Backup> backupIfChanged(String reason) {
        return backups.changedSinceNewest(database.file()) ? Optional.of(backupNow(reason)) : Optional.empty();
    }

    /** Backs up now, e.g. before a pack update or a restore. */
    public Backup backupNow(String reason) {
        return backups.create(database, reason);
    }

    /**
     * From now on, backups also copy this data folder whenever it is wanted (e.g. the
     * recordings, when the user chose "Back up recordings too").
     */
    public void include(BackupCompanion companion) {
        backups.include(companion);
    }

    /** @return every backup, newest first, with the size of what was copied beside it (reads the disk) */
    public List<Backup> list() {
        return backups.list();
    }

    /** @return what SQLite's full {@code integrity_check} reports; empty when the database is sound */
    public List<String> checkIntegrity() {
        return database.integrityCheck();
    }

    /** @return the database file backups are taken of */
    public java.nio.file.Path databaseFile() {
        return database.file();
    }
}
