package dev.mockloop.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * V2__packs.sql (the pack tables; to be renumbered on merge), upgrading a file at V1 that
 * already holds an attempt.
 */
class SchemaV2Test {

    @TempDir
    Path dir;

    private Path v1WithAnAttempt() {
        Path file = dir.resolve("mockloop.db");
        try (Database v1 = Database.open(file, new Migrator(Migrator.FOLDER, List.of("V1__initial.sql")))) {
            v1.inTransaction(c -> {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO attempts (pack_id, question_id,"
                        + " question_title, started_at, ended_at, verdict, created_at)"
                        + " VALUES ('gone.pack', 'q1', 'Kept title', 0, 1, 'HIRE', 2)")) {
                    return insert.executeUpdate();
                }
            });
        }
        return file;
    }

    @Test
    void upgradeFromV1KeepsAttemptsAndAddsEmptyPackTables() {
        Path file = v1WithAnAttempt();

        try (Database database = Database.open(file)) {
            assertEquals("Kept title", database.read(c -> Sql.queryText(c, "SELECT question_title FROM attempts")));
            assertEquals("0", database.read(c -> Sql.queryText(c, "SELECT COUNT(*) FROM pack_state")));
            assertEquals("0", database.read(c -> Sql.queryText(c, "SELECT COUNT(*) FROM pack_imports")));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, -1})
    void enabledIsZeroOrOne(int enabled) {
        try (Database database = Database.open(dir.resolve("mockloop.db"))) {
            StorageException e = assertThrows(StorageException.class, () -> database.inTransaction(c -> {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO pack_state (pack_id, enabled, updated_at) VALUES ('p', ?, 0)")) {
                    insert.setInt(1, enabled);
                    return insert.executeUpdate();
                }
            }));
            assertTrue(e.getMessage().contains("CHECK"), e.getMessage());
        }
    }

    @Test
    void importLogRefusesNegativeCounts() {
        try (Database database = Database.open(dir.resolve("mockloop.db"))) {
            assertThrows(StorageException.class, () -> database.inTransaction(c -> {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO pack_imports (pack_id, to_version,"
                        + " origin, imported_at, new_count, updated_count, duplicate_count, conflicting_count,"
                        + " removed_count) VALUES ('p', '1.0.0', 'x', 0, -1, 0, 0, 0, 0)")) {
                    return insert.executeUpdate();
                }
            }));
            assertEquals("0", database.read(c -> {
                try (ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM pack_imports")) {
                    rows.next();
                    return rows.getString(1);
                }
            }));
        }
    }
}
