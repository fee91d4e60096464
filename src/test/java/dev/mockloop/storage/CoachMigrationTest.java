package dev.mockloop.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.coach.CoverageRepository;
import dev.mockloop.coach.CoverageResult;
import dev.mockloop.coach.Evidence;
import dev.mockloop.coach.ItemKind;
import dev.mockloop.coach.ItemResult;
import dev.mockloop.coach.KeyItem;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Version 7 adds the coach's table to a version-6 file without touching its attempts. */
class CoachMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersionSixDatabaseGetsTheCoachTableAndItsAttemptsTakeCoverage() {
        Path file = dir.resolve("v6.db");
        try (Database old = Database.open(file, new Migrator(Migrator.FOLDER, Migrator.LADDER.subList(0, 6)))) {
            old.inTransaction(c -> {
                try (PreparedStatement s = c.prepareStatement("""
                        INSERT INTO attempts (id, pack_id, pack_version, question_id, question_title, started_at,
                            ended_at, notes, verdict, reflection, created_at, round_id, in_stats)
                        VALUES (7, 'p', '1.0.0', 'q', 'A v6 round', 1000, 2000, 'notes', 'HIRE', '', 3000, 'round-7', 1)""")) {
                    s.executeUpdate();
                }
                return null;
            });
        }
        try (Database upgraded = Database.open(file)) {
            assertEquals(Migrator.standard().latestVersion(), (int) upgraded.read(Sql::userVersion));
            CoverageRepository repo = new CoverageRepository(upgraded, Clock.systemUTC());
            assertTrue(repo.forAttempts(List.of(7L)).isEmpty(), "an old round has no coverage");
            CoverageResult result = CoverageResult.of(List.of(new ItemResult(KeyItem.of(ItemKind.DESIGN_SIGNAL, "s"),
                    true, 0.9, Evidence.notes("notes", 1, 1))));
            repo.save("round-7", result);
            assertEquals("1/1", repo.forAttempts(List.of(7L)).get(7L).toString());
            assertEquals(1, repo.overTime(Instant.EPOCH).size());
        }
    }
}
