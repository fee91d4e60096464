package dev.mockloop.storage;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The constraints of V1__initial.sql, checked with plain SQL. */
class SchemaV1Test {

    private static final String INSERT_ATTEMPT = "INSERT INTO attempts (id, pack_id, question_id,"
            + " started_at, ended_at, verdict, created_at) VALUES (?, 'core', 'q1', 0, 1, ?, 2)";

    @TempDir
    Path dir;
    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("mockloop.db"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"STRONG_NO_HIRE", "NO_HIRE", "LEAN_HIRE", "HIRE", "STRONG_HIRE"})
    void everyVerdictNameIsAccepted(String verdict) {
        assertDoesNotThrow(() -> insertAttempt(1, verdict));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAYBE", "hire", ""})
    void unknownVerdictIsRejected(String verdict) {
        StorageException e = assertThrows(StorageException.class, () -> insertAttempt(1, verdict));
        assertTrue(e.getMessage().contains("CHECK"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1})
    void scoreOutsideOneToFourIsRejected(int score) {
        insertAttempt(1, "HIRE");

        assertThrows(StorageException.class, () -> database.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO attempt_scores (attempt_id, position, score) VALUES (1, 0, ?)")) {
                insert.setInt(1, score);
                return insert.executeUpdate();
            }
        }));
    }

    @Test
    void childOfAMissingAttemptIsRejected() {
        StorageException e = assertThrows(StorageException.class, () -> database.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO attempt_phases"
                    + " (attempt_id, position, planned_ms, actual_ms) VALUES (42, 0, 1, 1)")) {
                return insert.executeUpdate();
            }
        }));
        assertTrue(e.getMessage().contains("FOREIGN KEY"), e.getMessage());
    }

    private void insertAttempt(long id, String verdict) {
        database.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement(INSERT_ATTEMPT)) {
                insert.setLong(1, id);
                insert.setString(2, verdict);
                return insert.executeUpdate();
            }
        });
    }
}
