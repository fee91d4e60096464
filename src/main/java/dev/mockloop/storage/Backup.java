package dev.mockloop.storage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One backup file of the database.
 *
 * @param file    the file, in the data directory's {@code backups} folder
 * @param takenAt when it was taken (from its name)
 * @param reason  why: start, periodic, before-migration, before-restore, manual, before-pack-update
 * @param bytes   its size in bytes
 * @param copies  the data folders copied beside it (e.g. the recordings); empty for a database-only backup
 */
public record Backup(Path file, Instant takenAt, String reason, long bytes, List<BackupCopy> copies) {

    public Backup {
        copies = List.copyOf(copies);
    }

    /** A database-only backup. */
    public Backup(Path file, Instant takenAt, String reason, long bytes) {
        this(file, takenAt, reason, bytes, List.of());
    }

    /** @return the copy of the data folder of this name beside the backup, if it has one */
    public Optional<BackupCopy> copy(String name) {
        return copies.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
