package dev.mockloop.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.attempt.Verdict;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A database written by every older schema version (built by running the ladder up to
 * that version, then filled with a round as that version's app saved it) opens in this
 * app with its attempt intact.
 */
class MigrationFixturesTest {

    @TempDir
    Path dir;

    static IntStream olderVersions() {
        return IntStream.range(1, Migrator.LADDER.size());
    }

    @ParameterizedTest(name = "from schema version {0}")
    @MethodSource("olderVersions")
    void attemptSavedByAnOlderVersionSurvivesTheUpgrade(int version) {
        Path file = dir.resolve("v" + version + ".db");
        try (Database old = Database.open(file, new Migrator(Migrator.FOLDER, Migrator.LADDER.subList(0, version)))) {
            old.inTransaction(c -> {
                execute(c, """
                        INSERT INTO attempts (id, pack_id, pack_version, question_id, question_title, started_at,
                            ended_at, notes, verdict, reflection, created_at)
                        VALUES (7, 'p', '1.0.0', 'q', 'An old round', 1000, 2000, 'old notes', 'HIRE', 'fine', 3000)""");
                if (version >= 6) {
                    // a version-6 app gives every attempt its round's id
                    execute(c, "UPDATE attempts SET round_id = 'round-7' WHERE id = 7");
                }
                execute(c, """
                        INSERT INTO attempt_phases (attempt_id, position, phase_id, title, planned_ms, actual_ms)
                        VALUES (7, 0, 'req', 'Requirements', 300000, 320000)""");
                execute(c, """
                        INSERT INTO attempt_scores (attempt_id, position, dimension_id, title, score, descriptor)
                        VALUES (7, 0, 'd', 'D', 3, 'good')""");
                if (version >= 6) {
                    // From version 6 on, the app writes every attempt with its round's id.
                    execute(c, "UPDATE attempts SET round_id = 'round-of-7' WHERE id = 7");
                }
                return null;
            });
        }

        try (Database upgraded = Database.open(file)) {
            int now = upgraded.read(Sql::userVersion);
            assertEquals(Migrator.LADDER.size(), now);
            Attempt attempt = new AttemptRepository(upgraded).find(7).orElseThrow();
            assertEquals("An old round", attempt.questionTitle());
            assertEquals("old notes", attempt.notes());
            assertEquals(Verdict.HIRE, attempt.verdict());
            assertEquals(320_000, attempt.phases().get(0).actualMs());
            assertEquals(0, attempt.phases().get(0).pausedMs());
            assertEquals(3, attempt.scores().get(0).score());
            assertTrue(attempt.roundId() != null && !attempt.roundId().isBlank(), "an old attempt gets a round id");
            assertTrue(attempt.inStats(), "an old attempt counts in the stats");
            assertEquals(List.of(), attempt.probes());
            boolean clean = upgraded.read(c -> {
                try (PreparedStatement s = c.prepareStatement("PRAGMA foreign_key_check"); var r = s.executeQuery()) {
                    return !r.next();
                }
            });
            assertTrue(clean, "no dangling child rows after the rebuilds");

            // V4: derived columns, the search index and the progress totals are backfilled.
            var history = new dev.mockloop.review.HistoryRepository(upgraded);
            var row = history.page(dev.mockloop.review.HistoryFilter.ALL.withText("old"),
                    dev.mockloop.review.HistorySort.NEWEST_FIRST, 0, 10);
            assertEquals(1, row.size(), "the old notes are found by full-text search");
            assertEquals(320_000, row.get(0).durationMs());
            assertEquals(3.0, row.get(0).meanScore(), 1e-9);
            assertEquals(List.of("d"), history.dimensions().stream().map(d -> d.id()).toList());
            assertEquals(List.of(new dev.mockloop.attempt.PhaseOverrun("Requirements", 20_000, 1)),
                    new dev.mockloop.attempt.PhaseStatsRepository(upgraded).averageOverruns());
        }
    }

    private static void execute(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
