package dev.mockloop.storage;

import java.nio.file.Path;

/**
 * A data folder copied beside a backup (see {@link BackupCompanion}).
 *
 * @param name   the data folder's name, e.g. "recordings"
 * @param folder the copy, {@code backups/<backup file name>.<name>/}
 * @param bytes  the size of its files in bytes (shared hard links counted in full)
 */
public record BackupCopy(String name, Path folder, long bytes) {
}
