package dev.mockloop.storage;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup file of the database.
 *
 * @param file    the file, in the data directory's {@code backups} folder
 * @param takenAt when it was taken (from its name)
 * @param reason  why: start, periodic, before-migration, before-restore, manual, before-pack-update
 * @param bytes   its size in bytes
 */
public record Backup(Path file, Instant takenAt, String reason, long bytes) {
}
