package dev.mockloop.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.attempt.SampleAttempts;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema version 6: round ids on attempts, and rounds kept out of the running totals. */
class SchemaV6Test {

    @TempDir
    Path dir;

    private static long number(Database db, String sql) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement(sql); ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0L;
            }
        });
    }

    @Test
    void attemptsFromBeforeVersionSixGetDistinctRoundIds() {
        Path file = dir.resolve("v5.db");
        try (Database old = Database.open(file, new Migrator(Migrator.FOLDER, Migrator.LADDER.subList(0, 5)))) {
            old.inTransaction(c -> {
                for (int id = 1; id <= 2; id++) {
                    try (PreparedStatement insert = c.prepareStatement("""
                            INSERT INTO attempts (id, pack_id, question_id, started_at, ended_at, verdict, created_at)
                            VALUES (?, 'p', 'q', 1000, 2000, 'HIRE', 3000)""")) {
                        insert.setInt(1, id);
                        insert.executeUpdate();
                    }
                }
                return null;
            });
        }
        try (Database upgraded = Database.open(file)) {
            AttemptRepository attempts = new AttemptRepository(upgraded);
            assertNotEquals(attempts.find(1).orElseThrow().roundId(), attempts.find(2).orElseThrow().roundId());
        }
    }

    @Test
    void aRoundKeptOutOfTheStatsIsInTheHistoryButNotInTheTotals() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            AttemptRepository attempts = new AttemptRepository(db);
            Attempt counted = attempts.save(SampleAttempts.full());
            Attempt short_ = attempts.save(SampleAttempts.full().withInStats(false));

            assertEquals(2, attempts.count(), "both are in the history");
            assertEquals(1, number(db, "SELECT SUM(n) FROM verdict_counts"));
            assertEquals(1, number(db, "SELECT SUM(attempts) FROM practice_days"));
            assertEquals(counted.scores().size(), number(db, "SELECT SUM(n) FROM score_days"));
            assertEquals(counted.phases().size(), number(db, "SELECT SUM(n) FROM phase_overruns"));
            assertEquals(false, attempts.find(short_.id()).orElseThrow().inStats());

            db.inTransaction(c -> {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM attempts WHERE id = ?")) {
                    delete.setLong(1, short_.id());
                    return delete.executeUpdate();
                }
            });
            assertEquals(1, number(db, "SELECT SUM(n) FROM verdict_counts"), "deleting it takes nothing off the totals");
            assertEquals(counted.scores().size(), number(db, "SELECT SUM(n) FROM score_days"));
        }
    }
}
