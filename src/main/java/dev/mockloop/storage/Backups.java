package dev.mockloop.storage;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database's backups: whole, consistent copies made with SQLite's {@code VACUUM INTO}
 * (safe while the app runs), named {@code mockloop-<UTC time>-<reason>.db}, thinned as
 * {@link BackupThinning} says, and restored in place of the closed database file, which is
 * first set aside whole ({@link SetAside}).
 */
public final class Backups {

    /** The backups folder's name inside the data directory. */
    public static final String FOLDER = "backups";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("mockloop-(\\d{8}T\\d{6}\\.\\d{3}Z)-([a-z0-9-]+)\\.db");

    private final Path folder;
    private final Clock clock;
    private final List<BackupCompanion> companions = new CopyOnWriteArrayList<>();

    /** @param folder where backups live, usually {@code <data dir>/backups}; created on the first backup */
    public Backups(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** Backups from now on also copy this data folder, whenever it is {@linkplain BackupCompanion#wanted() wanted}. */
    public void include(BackupCompanion companion) {
        companions.add(companion);
    }

    /** @return the backups folder next to a database file */
    public static Path folderFor(Path databaseFile) {
        return databaseFile.toAbsolutePath().getParent().resolve(FOLDER);
    }

    /**
     * Writes a backup of the open database, copies beside it each data folder
     * {@linkplain #include included} and wanted now (a failed copy leaves that backup
     * database-only), and thins the folder.
     *
     * @param reason a lower-case word or two with hyphens, e.g. "start"
     * @return the new backup
     * @throws StorageException if it cannot be written (disk full, read-only folder)
     */
    public Backup create(Database database, String reason) {
        Optional<Backup> previous = files().stream().findFirst();
        Path target = target(reason);
        database.backupTo(target);
        for (BackupCompanion companion : companions) {
            if (companion.wanted().getAsBoolean()) {
                BackupCopies.copy(folder.toAbsolutePath().getParent(), companion.name(), target, previous.orElse(null));
            }
        }
        thin();
        return describe(target, true).orElseThrow();
    }

    /** Writes a backup through a raw connection, outside any transaction (used before migrating). */
    static Path createWith(Connection connection, Path databaseFile, String reason, Clock clock) throws SQLException {
        Backups backups = new Backups(folderFor(databaseFile), clock);
        Path target = backups.target(reason);
        vacuumInto(connection, target);
        return target;
    }

    /**
     * @return whether the database file changed after the newest backup was taken (or
     *         there is none), judged by modification times of the file and its WAL
     */
    public boolean changedSinceNewest(Path databaseFile) {
        Optional<Backup> newest = files().stream().findFirst();
        if (newest.isEmpty()) {
            return true;
        }
        try {
            long backupTime = Files.getLastModifiedTime(newest.get().file()).toMillis();
            long dbTime = Files.getLastModifiedTime(databaseFile).toMillis();
            Path wal = databaseFile.resolveSibling(databaseFile.getFileName() + "-wal");
            if (Files.exists(wal)) {
                dbTime = Math.max(dbTime, Files.getLastModifiedTime(wal).toMillis());
            }
            return dbTime > backupTime;
        } catch (IOException e) {
            return true;
        }
    }

    /** @return every backup, newest first, with the size of the folders copied beside it (reads them all) */
    public List<Backup> list() {
        return list(true);
    }

    /** @return every backup, newest first, its copies' sizes not measured */
    private List<Backup> files() {
        return list(false);
    }

    private List<Backup> list(boolean measured) {
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return backups;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "mockloop-*.db")) {
            files.forEach(f -> describe(f, measured).ifPresent(backups::add));
        } catch (IOException e) {
            throw new StorageException("list the backups", folder, e);
        }
        backups.sort(Comparator.comparing(Backup::takenAt).reversed());
        return backups;
    }

    /** Deletes the backups {@link BackupThinning} does not keep. @return the deleted files */
    public List<Path> thin() {
        List<Backup> all = files();
        Set<Instant> keep = BackupThinning.keep(all.stream().map(Backup::takenAt).toList(), clock.instant(),
                clock.getZone());
        List<Path> deleted = new ArrayList<>();
        for (Backup backup : all) {
            if (!keep.contains(backup.takenAt())) {
                try {
                    Files.deleteIfExists(backup.file());
                    deleted.add(backup.file());
                    BackupCopies.deleteAll(backup);
                } catch (IOException e) {
                    // left for the next thinning; a spare backup harms nobody
                }
            }
        }
        // Copies cut short by a kill are never listed; they go here.
        try (DirectoryStream<Path> partial = Files.newDirectoryStream(folder, "mockloop-*.partial")) {
            for (Path p : partial) {
                FolderCopies.delete(p);
            }
        } catch (IOException e) {
            // left for the next thinning
        }
        return deleted;
    }

    /**
     * Same as {@link #restore(Path, Path, String, String, Clock)} for a restore the user chose
     * in the app: the current file is set aside as "replaced-by-restore".
     */
    public static Path restore(Path backup, Path databaseFile, Clock clock) {
        return restore(backup, databaseFile, "replaced-by-restore", "a backup was restored over it", clock);
    }

    /**
     * Replaces the database file with a backup, never losing the current one. The database
     * must be closed. The backup is checked first; then the files of the data folders copied
     * beside it (e.g. the recordings) that are missing are put back (none is replaced or
     * deleted); then the current file (with its WAL) is
     * moved aside whole with {@link SetAside#move}; only then is the backup copied into place.
     * A failure before the move changes nothing; one after it leaves the current file set
     * aside and named in the exception.
     *
     * @param reason why the current file goes, for its set-aside name, e.g. "damaged"
     * @param why    the same as a sentence, for the note beside it
     * @return where the current file was set aside, or null if there was none
     * @throws StorageException if the backup is not a sound database, or a move or copy fails
     */
    public static Path restore(Path backup, Path databaseFile, String reason, String why, Clock clock) {
        List<String> problems = Integrity.check(backup, "quick_check");
        if (!problems.isEmpty()) {
            throw new StorageException("restore from " + backup.getFileName(), databaseFile,
                    new IOException("the backup is damaged (" + problems.get(0) + "); choose another"));
        }
        BackupCopies.restoreAll(backup, databaseFile.toAbsolutePath().getParent());
        Path temp = databaseFile.resolveSibling(databaseFile.getFileName() + ".restoring");
        try {
            Files.copy(backup, temp, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StorageException("restore from " + backup.getFileName() + " (nothing was replaced)", databaseFile, e);
        }
        Path setAside;
        try {
            setAside = SetAside.move(databaseFile, reason, why, clock);
        } catch (StorageException e) {
            deleteQuietly(temp);
            throw e;
        }
        try {
            try {
                Files.move(temp, databaseFile, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, databaseFile);
            }
            return setAside;
        } catch (IOException e) {
            throw new StorageException("restore from " + backup.getFileName() + " (the file it replaces is kept as "
                    + setAside + ")", databaseFile, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover .restoring copy harms nothing and is replaced by the next restore
        }
    }

    static void vacuumInto(Connection connection, Path target) throws SQLException {
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new SQLException("cannot create the backups folder " + target.getParent() + ": " + e.getMessage(), e);
        }
        try (var statement = connection.prepareStatement("VACUUM INTO ?")) {
            statement.setString(1, target.toString());
            statement.execute();
        }
    }

    private Path target(String reason) {
        Instant now = clock.instant();
        Path target = folder.resolve("mockloop-" + STAMP.format(now) + "-" + reason + ".db");
        for (int n = 1; Files.exists(target); n++) {
            target = folder.resolve("mockloop-" + STAMP.format(now.plusMillis(n)) + "-" + reason + ".db");
        }
        return target;
    }

    private static Optional<Backup> describe(Path file, boolean measured) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Instant taken = STAMP.parse(m.group(1), Instant::from);
            return Optional.of(new Backup(file, taken, m.group(2), Files.size(file), BackupCopies.beside(file, measured)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Opens a database file read-only, for checks that must not change it. */
    static Connection openReadOnly(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
    }
}
