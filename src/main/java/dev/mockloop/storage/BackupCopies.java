package dev.mockloop.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The data folders copied beside a backup file ({@link BackupCompanion}): making one with a
 * backup, listing them, putting their files back on a restore, deleting them with the backup.
 */
final class BackupCopies {

    private BackupCopies() {
    }

    /** @return where a backup's copy of a data folder lives: {@code <backup file name>.<name>} beside it */
    static Path folderOf(Path backupFile, String name) {
        return backupFile.resolveSibling(backupFile.getFileName() + "." + name);
    }

    /**
     * Copies {@code <dataDir>/<name>} beside a new backup, linking what did not change since
     * the previous backup's copy. A copy that fails (a full disk) is left out whole, and the
     * backup stays a database-only one, listed so.
     *
     * @param previous the newest backup before this one, or null
     */
    static void copy(Path dataDir, String name, Path backupFile, Backup previous) {
        Path before = previous == null ? null : folderOf(previous.file(), name);
        try {
            FolderCopies.snapshot(dataDir.resolve(name), folderOf(backupFile, name),
                    before != null && Files.isDirectory(before) ? before : null);
        } catch (IOException e) {
            System.err.println("Mockloop: the " + name + " were not backed up with " + backupFile.getFileName() + ": "
                    + e.getMessage());
        }
    }

    /**
     * Puts back the files of the data folders copied beside a backup that are missing from the
     * data directory. Restoring runs it before the database is swapped: adding files destroys
     * nothing, so a failure here leaves the database as it was.
     *
     * @throws StorageException naming the copy, if a file cannot be put back
     */
    static void restoreAll(Path backup, Path dataDir) {
        for (BackupCopy copy : beside(backup, false)) {
            try {
                FolderCopies.restoreMissing(copy.folder(), dataDir.resolve(copy.name()));
            } catch (IOException e) {
                throw new StorageException("put back the " + copy.name() + " of " + backup.getFileName()
                        + " (the database was not replaced; the files put back so far stay)", copy.folder(), e);
            }
        }
    }

    /** Deletes the copies beside a backup (its hard links; files other backups link to stay there). */
    static void deleteAll(Backup backup) throws IOException {
        for (BackupCopy copy : beside(backup.file(), false)) {
            FolderCopies.delete(copy.folder());
        }
    }

    /** @return the data folders copied beside a backup file, by name; measured, or with 0 bytes */
    static List<BackupCopy> beside(Path backup, boolean measured) {
        List<BackupCopy> copies = new ArrayList<>();
        Path parent = backup.toAbsolutePath().getParent();
        String prefix = backup.getFileName() + ".";
        if (parent == null || !Files.isDirectory(parent)) {
            return copies;
        }
        try (DirectoryStream<Path> all = Files.newDirectoryStream(parent,
                p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path p : all) {
                String name = p.getFileName().toString().substring(prefix.length());
                if (BackupCompanion.isName(name) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    copies.add(new BackupCopy(name, p, measured ? FolderCopies.bytes(p) : 0));
                }
            }
        } catch (IOException e) {
            return copies;
        }
        copies.sort(Comparator.comparing(BackupCopy::name));
        return copies;
    }
}
