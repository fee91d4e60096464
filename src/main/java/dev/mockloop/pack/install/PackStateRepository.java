package dev.mockloop.pack.install;

import dev.mockloop.storage.Database;
import dev.mockloop.storage.StorageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pack tables (V2): which packs are switched on, where they came from, and the import
 * log. The file changes of an import or removal run inside the same transaction, so a
 * failure of either leaves both as they were.
 *
 * <p>Call it from the background thread that owns the {@link Database}. Every method
 * throws {@link StorageException} when the database fails.
 */
public final class PackStateRepository {

    /** A change to the packs folder, made inside the database transaction. */
    @FunctionalInterface
    public interface FileStep {
        /** @throws IOException if the change fails; the transaction is then rolled back */
        void run() throws IOException;
    }

    private static final String SELECT_ALL =
            "SELECT pack_id, enabled, authored, origin, updated_at FROM pack_state ORDER BY pack_id";
    private static final String UPSERT_ENABLED = """
            INSERT INTO pack_state (pack_id, enabled, updated_at) VALUES (?, ?, ?)
            ON CONFLICT (pack_id) DO UPDATE SET enabled = excluded.enabled, updated_at = excluded.updated_at""";
    private static final String UPSERT_INSTALL = """
            INSERT INTO pack_state (pack_id, enabled, authored, origin, updated_at) VALUES (?, 1, ?, ?, ?)
            ON CONFLICT (pack_id) DO UPDATE SET authored = excluded.authored, origin = excluded.origin,
                updated_at = excluded.updated_at""";
    private static final String INSERT_IMPORT = """
            INSERT INTO pack_imports (pack_id, from_version, to_version, origin, imported_at, new_count,
                updated_count, duplicate_count, conflicting_count, removed_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String DELETE_STATE = "DELETE FROM pack_state WHERE pack_id = ?";
    private static final String COUNT_IMPORTS = "SELECT COUNT(*) FROM pack_imports WHERE pack_id = ?";

    private final Database database;
    private final Clock clock;

    /**
     * @param database the open database
     * @param clock    stamps each change
     */
    public PackStateRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** @return the state of every pack that has a row, keyed by pack id, in id order */
    public Map<String, PackState> all() {
        return database.read("read the pack settings", connection -> {
            Map<String, PackState> states = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement(SELECT_ALL);
                 ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    states.put(row.getString(1), new PackState(row.getString(1), row.getInt(2) == 1,
                            row.getInt(3) == 1, row.getString(4), Instant.ofEpochMilli(row.getLong(5))));
                }
            }
            return states;
        });
    }

    /** Switches a pack on or off. */
    public void setEnabled(String packId, boolean enabled) {
        database.inTransaction("switch pack " + packId + (enabled ? " on" : " off"), connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT_ENABLED)) {
                upsert.setString(1, packId);
                upsert.setInt(2, enabled ? 1 : 0);
                upsert.setLong(3, clock.millis());
                upsert.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Records an import and runs its file change, in one transaction. A pack that was
     * switched off stays off; a new one is on.
     *
     * @throws StorageException if the database or the file step fails; nothing was recorded
     */
    public void recordInstall(ImportRecord record, FileStep files) {
        database.inTransaction("record the import of " + record.packId(), connection -> {
            long now = clock.millis();
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT_INSTALL)) {
                upsert.setString(1, record.packId());
                upsert.setInt(2, record.authored() ? 1 : 0);
                upsert.setString(3, record.origin());
                upsert.setLong(4, now);
                upsert.executeUpdate();
            }
            insertImport(connection, record, now);
            run(files);
            return null;
        });
    }

    /**
     * Forgets a pack's state and runs the removal of its files, in one transaction. The
     * import log and the attempts are kept.
     *
     * @throws StorageException if the database or the file step fails; nothing changed
     */
    public void recordRemoval(String packId, FileStep files) {
        database.inTransaction("remove pack " + packId, connection -> {
            try (PreparedStatement delete = connection.prepareStatement(DELETE_STATE)) {
                delete.setString(1, packId);
                delete.executeUpdate();
            }
            run(files);
            return null;
        });
    }

    /** @return how many imports of this pack the log holds */
    public int importCount(String packId) {
        return database.read("count the imports of " + packId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(COUNT_IMPORTS)) {
                select.setString(1, packId);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        });
    }

    private static void insertImport(Connection connection, ImportRecord r, long now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_IMPORT)) {
            int i = 0;
            insert.setString(++i, r.packId());
            insert.setString(++i, r.fromVersion());
            insert.setString(++i, r.toVersion());
            insert.setString(++i, r.origin());
            insert.setLong(++i, now);
            insert.setInt(++i, r.counts().added());
            insert.setInt(++i, r.counts().updated());
            insert.setInt(++i, r.counts().duplicate());
            insert.setInt(++i, r.counts().conflicting());
            insert.setInt(++i, r.counts().removed());
            insert.executeUpdate();
        }
    }

    private static void run(FileStep files) {
        try {
            files.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
