package dev.mockloop.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A full backup as one file the user keeps wherever they like: written with SQLite's
 * {@code VACUUM INTO} (a consistent copy while the app runs), and checked before it may
 * replace the database through the app's usual restore.
 */
public final class BackupFiles {

    private BackupFiles() {
    }

    /**
     * Writes a copy of the whole database to {@code target}, replacing a file already there
     * only once the copy is complete.
     *
     * @throws StorageException if it cannot be written; the target is left as it was
     */
    public static void export(Database database, Path target) {
        Path temp = target.resolveSibling(target.getFileName() + ".writing");
        try {
            Files.deleteIfExists(temp);
            database.backupTo(temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StorageException("write the backup file " + target.getFileName(), target, e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a stray .writing file is harmless
            }
        }
    }

    /**
     * Checks that a file is a sound Mockloop database this app can open, before it is
     * restored over the user's data.
     *
     * @return the file as a backup the app's restore takes, stamped with its modification time
     * @throws StorageException naming the file and what is wrong with it (not a database,
     *                          damaged, not Mockloop's, or from a newer Mockloop)
     */
    public static Backup check(Path file) {
        List<String> problems;
        try {
            problems = Integrity.check(file, "quick_check");
        } catch (RuntimeException e) {
            throw notRestorable(file, "it is not a database file: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw notRestorable(file, "it is damaged (" + problems.get(0) + ")");
        }
        try (Connection c = Backups.openReadOnly(file)) {
            int version = Sql.userVersion(c);
            int latest = Migrator.standard().latestVersion();
            if (version > latest) {
                throw notRestorable(file, "a newer Mockloop wrote it (schema " + version + ", this one reads up to "
                        + latest + "); update Mockloop first");
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = 'attempts'");
                 ResultSet r = s.executeQuery()) {
                if (version < 1 || !r.next() || r.getInt(1) == 0) {
                    throw notRestorable(file, "it is not a Mockloop database");
                }
            }
            return new Backup(file, Files.getLastModifiedTime(file).toInstant(), "file", Files.size(file));
        } catch (SQLException | IOException e) {
            throw notRestorable(file, "it cannot be read: " + e.getMessage());
        }
    }

    private static StorageException notRestorable(Path file, String why) {
        return new StorageException("restore from " + file.getFileName(), file, new IOException(why));
    }
}
