package dev.mockloop.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Read-only SQLite connections for {@link Database#openReadOnly} and
 * {@link Database#openForSalvage}, including on a read-only disk, where SQLite cannot make
 * the {@code -shm} file a WAL-mode database is normally read through.
 */
final class ReadOnlyConnections {

    private ReadOnlyConnections() {
    }

    /**
     * @param absolute  the database file
     * @param operation what is being done, for the exception: "open the database read-only"
     * @return a connection that can only read, its first read done
     * @throws StorageException if the file does not exist or cannot be read
     */
    static Connection open(Path absolute, String operation) {
        if (!java.nio.file.Files.isRegularFile(absolute)) {
            throw new StorageException(operation, absolute, new java.nio.file.NoSuchFileException(absolute.toString()));
        }
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + absolute, config.toProperties());
            Sql.userVersion(connection);  // opening is lazy: the first read shows whether it works
            return connection;
        } catch (SQLException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException closeFailure) {
                    e.addSuppressed(closeFailure);
                }
            }
            // A WAL file in a folder that cannot be written: SQLite cannot make the -shm file it
            // reads the WAL through. With no WAL left (Mockloop closed cleanly) the main file holds
            // everything, and it can be read as immutable: without -shm, without any lock.
            Path wal = absolute.resolveSibling(absolute.getFileName() + "-wal");
            if (!java.nio.file.Files.exists(wal) || sizeOf(wal) == 0) {
                try {
                    Connection immutable = DriverManager.getConnection("jdbc:sqlite:file:"
                            + absolute.toUri().getRawPath() + "?mode=ro&immutable=1", config.toProperties());
                    Sql.userVersion(immutable);
                    return immutable;
                } catch (SQLException again) {
                    e.addSuppressed(again);
                }
            }
            throw new StorageException(operation, absolute, e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

}
