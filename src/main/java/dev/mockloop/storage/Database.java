package dev.mockloop.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * The user's SQLite database file, open on one connection, with its schema up to date.
 *
 * <p><b>Threads.</b> The app uses one {@code Database} from one background thread, never
 * from the UI thread. Every method is {@code synchronized}, so should a second thread call
 * in anyway it waits for the running transaction to finish instead of interleaving with
 * it. Work passed in runs while that lock is held: keep it short and never call back into
 * this object from it.
 *
 * <p><b>Errors.</b> Everything that fails is thrown as {@link StorageException}, naming
 * the operation and the file; a failed transaction has been rolled back first.
 */
public final class Database implements AutoCloseable {

    private static final int BUSY_TIMEOUT_MS = 5000;
    /**
     * SQLite's page cache for the connection: up to 32 MiB (negative: KiB), against SQLite's
     * default of 2 MiB. At 100,000 attempts the history's covering index alone is 15 MB; with
     * the default cache every history query read it again through the operating system,
     * which cost a third of its time (BENCHMARKS.md, history.*). Pages are cached as they
     * are read, so a small database uses little.
     */
    private static final String CACHE_SIZE = "PRAGMA cache_size = -32768";

    private final Path file;
    private final Connection connection;
    /** Why nothing can be written, or null for a database open for writing. */
    private final String readOnly;
    private boolean inTransaction;
    private boolean closed;

    private Database(Path file, Connection connection, String readOnly) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /**
     * Opens a sound, up-to-date file for reading only, when its folder cannot be written (a
     * read-only or full disk): checked like {@link #open(Path)}, but not upgraded and never
     * written. Every write then fails at once with a {@link StorageException} giving {@code why}.
     *
     * @param why what stops writing, e.g. "the disk is full", for the message of every refused write
     * @throws SchemaTooNewException    if a newer Mockloop wrote the file
     * @throws DatabaseCorruptException if the file is damaged
     * @throws StorageException         if it cannot be read, or needs an upgrade (which is a write)
     */
    public static Database openReadOnly(Path file, String why) {
        Path absolute = file.toAbsolutePath();
        Connection connection = ReadOnlyConnections.open(absolute, "open the database read-only");
        try {
            Sql.execute(connection, "PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            Sql.execute(connection, CACHE_SIZE);
            Migrator migrator = Migrator.standard();
            migrator.refuseIfTooNew(connection, absolute);
            List<String> damage = Integrity.run(connection, "quick_check");
            if (!damage.isEmpty()) {
                throw new DatabaseCorruptException(absolute, damage);
            }
            int version = Sql.userVersion(connection);
            if (version != migrator.latestVersion()) {
                throw new StorageException("open the database read-only", absolute, new SQLException("it is at schema"
                        + " version " + version + " and needs an upgrade to " + migrator.latestVersion()
                        + ", which is a write, and " + why));
            }
            return new Database(absolute, connection, why);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection, e);
            throw e instanceof StorageException se ? se : new StorageException("open the database read-only", absolute, e);
        }
    }

    /**
     * Opens a file for reading only, without checking or upgrading it: to read what a damaged
     * or too-new file still holds before it is set aside. Queries may fail where it is damaged.
     *
     * @throws StorageException if it cannot be opened at all
     */
    public static Database openForSalvage(Path file) {
        Path absolute = file.toAbsolutePath();
        return new Database(absolute, ReadOnlyConnections.open(absolute, "open the database to salvage it"),
                "it is open only to salvage what it holds");
    }

    private static void closeQuietly(Connection connection, Throwable failure) {
        try {
            connection.close();
        } catch (SQLException closeFailure) {
            failure.addSuppressed(closeFailure);
        }
    }

    /** @return why this database cannot be written, when it was opened read-only */
    public java.util.Optional<String> readOnlyReason() {
        return java.util.Optional.ofNullable(readOnly);
    }

    /**
     * Opens the file, creating it if it does not exist (its folder must exist; see
     * {@link DataDirectory#ensureExists(Path)}), and upgrades its schema to the latest version.
     *
     * @param file the database file, e.g. {@link DataDirectory#databaseFile(Path)}
     * @return the open database; close it when the app exits
     * @throws SchemaTooNewException if a newer Mockloop wrote the file; the file is untouched
     * @throws StorageException if the file cannot be opened, is not a database, or its
     *                          upgrade fails (the file then stays at its old version)
     */
    public static Database open(Path file) {
        return open(file, Migrator.standard());
    }

    static Database open(Path file, Migrator migrator) {
        Path absolute = file.toAbsolutePath();
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + absolute);
        } catch (SQLException e) {
            throw new StorageException("open the database", absolute, e);
        }
        try {
            configureAndMigrate(connection, absolute, migrator);
            return new Database(absolute, connection, null);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            if (e instanceof StorageException storageException) {
                throw storageException;
            }
            throw new StorageException("open the database", absolute, e);
        }
    }

    private static void configureAndMigrate(Connection connection, Path file, Migrator migrator)
            throws SQLException {
        // Wait up to 5 s for a lock another process (a second app window, a backup tool)
        // holds, instead of failing at once with SQLITE_BUSY.
        Sql.execute(connection, "PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
        // Before anything writes: switching to WAL alone rewrites the file header, and a
        // file from a newer app must be left exactly as it was.
        migrator.refuseIfTooNew(connection, file);
        // A damaged file is reported, never silently replaced or written to.
        List<String> damage = Integrity.run(connection, "quick_check");
        if (!damage.isEmpty()) {
            throw new DatabaseCorruptException(file, damage);
        }
        // WAL: readers never block the writer, and a crash mid-write cannot corrupt the
        // file. The mode is stored in the file; where WAL is unavailable (some network file
        // systems) SQLite keeps the rollback journal, which is as safe, only slower.
        Sql.queryText(connection, "PRAGMA journal_mode = WAL");
        // FULL: fsync the WAL on every commit. With NORMAL a power cut can lose the last
        // commits - exactly the attempt the user just saved after an hour of practice.
        // We write a few rows per round, so the extra fsync costs nothing anyone notices.
        Sql.execute(connection, "PRAGMA synchronous = FULL");
        // An existing file about to be upgraded is copied first: a bad upgrade cannot cost data.
        int version = Sql.userVersion(connection);
        if (version > 0 && version < migrator.latestVersion()) {
            Backups.createWith(connection, file, "before-schema-v" + migrator.latestVersion(), java.time.Clock.systemUTC());
        }
        // Migrations run with foreign keys still off (see Migrator.migrate); on after.
        migrator.migrate(connection, file);
        Sql.execute(connection, "PRAGMA foreign_keys = ON");
        Sql.execute(connection, CACHE_SIZE);
    }

    /**
     * Writes a consistent copy of the whole database to {@code target} (SQLite's
     * {@code VACUUM INTO}); other work waits meanwhile.
     *
     * @throws StorageException if the copy cannot be written
     */
    public synchronized void backupTo(Path target) {
        try {
            Backups.vacuumInto(openConnection("back up the database"), target);
        } catch (SQLException e) {
            throw new StorageException("back up the database to " + target, file, e);
        }
    }

    /**
     * SQLite's thorough {@code integrity_check} ("Check database").
     *
     * @return the problems found; empty when the file is sound
     */
    public synchronized List<String> integrityCheck() {
        try {
            return Integrity.run(openConnection("check the database"), "integrity_check");
        } catch (SQLException e) {
            throw new StorageException("check the database", file, e);
        }
    }

    /** @return the absolute path of the database file */
    public Path file() {
        return file;
    }

    /**
     * Same as {@link #inTransaction(String, SqlWork)} with a generic operation name.
     *
     * @throws StorageException if the work or the commit fails; the transaction is rolled back
     */
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        return inTransaction("write to the database", work);
    }

    /**
     * Runs work that writes, in one transaction: all of it is stored or none of it.
     * The write lock is taken at the start ({@code BEGIN IMMEDIATE}), so the work never
     * fails half-way because another process started writing.
     *
     * @param operation what the work does, completing "Could not ...", e.g. "save the attempt"
     * @param work      the work; gets the connection inside the transaction
     * @return what the work returned
     * @throws StorageException if the work or the commit fails, wrapping the cause; the
     *                          transaction has been rolled back
     */
    public synchronized <T> T inTransaction(String operation, SqlWork<T> work) {
        if (readOnly != null) {
            throw new StorageException(operation, file, new java.io.IOException("your data is open read-only: " + readOnly));
        }
        return run(operation, "BEGIN IMMEDIATE", work);
    }

    /**
     * Same as {@link #read(String, SqlWork)} with a generic operation name.
     *
     * @throws StorageException if the work fails, wrapping the cause
     */
    public synchronized <T> T read(SqlWork<T> work) {
        return read("read from the database", work);
    }

    /**
     * Runs work that only reads, in one read transaction, so that several queries see the
     * same snapshot of the data.
     *
     * @param operation what the work does, completing "Could not ...", e.g. "read attempt 7"
     * @param work      the work; must not write
     * @return what the work returned
     * @throws StorageException if the work fails, wrapping the cause
     */
    public synchronized <T> T read(String operation, SqlWork<T> work) {
        return run(operation, "BEGIN DEFERRED", work);
    }

    /**
     * Closes the connection; further calls throw. Closing twice does nothing.
     *
     * @throws StorageException if SQLite reports an error while closing
     * @throws IllegalStateException if called from work running inside a transaction
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        if (inTransaction) {
            throw new IllegalStateException("cannot close the database inside a transaction");
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("close the database", file, e);
        }
    }

    private Connection openConnection(String operation) {
        if (closed) {
            throw new StorageException(operation, file, new IllegalStateException("the database is closed"));
        }
        return connection;
    }

    private <T> T run(String operation, String begin, SqlWork<T> work) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(work, "work");
        if (closed) {
            throw new StorageException(operation, file, new IllegalStateException("the database is closed"));
        }
        if (inTransaction) {
            // The lock is re-entrant for this thread, so SQLite would be the one to complain,
            // less clearly.
            throw new IllegalStateException("nested transaction: work passed to Database must not call back into it");
        }
        inTransaction = true;
        try {
            Sql.execute(connection, begin);
        } catch (SQLException e) {
            inTransaction = false;
            throw new StorageException(operation, file, e);
        }
        try {
            T result = work.run(connection);
            Sql.execute(connection, "COMMIT");
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            throw e instanceof StorageException storageException
                    ? storageException : new StorageException(operation, file, e);
        } catch (Error e) {
            rollback(e);
            throw e;
        } finally {
            inTransaction = false;
        }
    }

    private void rollback(Throwable failure) {
        try {
            Sql.execute(connection, "ROLLBACK");
        } catch (SQLException rollbackFailure) {
            // Some errors (disk full, I/O) make SQLite roll back by itself already.
            failure.addSuppressed(rollbackFailure);
        }
    }
}
