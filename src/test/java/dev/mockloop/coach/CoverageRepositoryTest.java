package dev.mockloop.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.storage.Database;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageRepositoryTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    static CoverageResult result(boolean... covered) {
        List<ItemResult> items = new java.util.ArrayList<>();
        for (int i = 0; i < covered.length; i++) {
            items.add(new ItemResult(KeyItem.of(ItemKind.DESIGN_SIGNAL, "signal " + i), covered[i], covered[i] ? 0.9 : 0.1,
                    covered[i] ? Evidence.notes("line " + i, i + 1, i + 1) : null));
        }
        return CoverageResult.of(items);
    }

    static void attempt(Database db, long id, String roundId, long startedAt, int inStats) {
        db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO attempts (id, pack_id, pack_version, question_id, question_title, started_at, ended_at,
                        notes, verdict, reflection, created_at, round_id, in_stats)
                    VALUES (?, 'p', '1.0.0', 'q', 'A round', ?, ?, '', 'HIRE', '', 0, ?, ?)""")) {
                s.setLong(1, id);
                s.setLong(2, startedAt);
                s.setLong(3, startedAt + 1000);
                s.setString(4, roundId);
                s.setInt(5, inStats);
                s.executeUpdate();
            }
            return null;
        });
    }

    @Test
    void aRoundsResultComesBackWholeAndASecondReadingReplacesIt() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            CoverageRepository repo = new CoverageRepository(db, clock);
            repo.save("r1", result(true, false));
            repo.save("r1", result(true, true, false));
            assertEquals(result(true, true, false), repo.find("r1").orElseThrow());
            assertTrue(repo.find("other").isEmpty());
        }
    }

    @Test
    void historyGetsCoveragePerAttemptAndProgressASeriesOfRoundsInTheStats() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            CoverageRepository repo = new CoverageRepository(db, clock);
            attempt(db, 1, "r1", 1_000, 1);
            attempt(db, 2, "r2", 2_000, 0);
            attempt(db, 3, "r3", 3_000, 1);
            repo.save("r1", result(true, false, false, false));
            repo.save("r2", result(true, true));
            repo.save("r3", result(true, true, true, false));
            Map<Long, CoverageRepository.Coverage> column = repo.forAttempts(List.of(1L, 2L, 3L, 4L));
            assertEquals("1/4", column.get(1L).toString());
            assertEquals("2/2", column.get(2L).toString(), "a round kept out of the stats still shows in History");
            assertEquals(3, column.size());
            List<CoverageRepository.CoveragePoint> series = repo.overTime(Instant.EPOCH);
            assertEquals(List.of(1L, 3L), series.stream().map(CoverageRepository.CoveragePoint::attemptId).toList());
            assertEquals(0.75, series.get(1).ratio(), 1e-9);
        }
    }
}
