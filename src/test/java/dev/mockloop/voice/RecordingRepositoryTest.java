package dev.mockloop.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.storage.Database;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recordings table, from a database written by the version before it (an attempt with its round id). */
class RecordingRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void aRecordedAttemptFromBeforeTheUpgradeGetsItsFiguresAndShowsOnProgress() {
        Path file = dir.resolve("v6.db");
        try (Database v6 = dev.mockloop.storage.OldDatabases.openAt(file, 6)) {
            v6.inTransaction(c -> {
                try (PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO attempts (id, pack_id, pack_version, question_id, question_title, started_at,
                            ended_at, notes, verdict, reflection, created_at, round_id)
                        VALUES (7, 'p', '1.0.0', 'q', 'Old', 1000, 2000, '', 'HIRE', '', 3000, 'round-7')""")) {
                    insert.executeUpdate();
                }
                return null;
            });
        }
        try (Database db = Database.open(file)) {
            RecordingRepository recordings = new RecordingRepository(db);
            recordings.begin("round-7", "recordings/round-7", Instant.ofEpochMilli(1000));
            recordings.begin("round-gone", "recordings/round-gone", Instant.ofEpochMilli(5000));
            TalkFigures figures = new TalkFigures(600_000, 150_000, 30_000, List.of(), List.of(
                    new TalkFigures.ProbeReply("Why?", 1000, 2000L)));
            recordings.finish("round-7", 4_000_000, 600_000, figures);

            assertEquals(figures, recordings.figures("round-7").orElseThrow());
            var points = recordings.progress();
            assertEquals(1, points.size());
            assertEquals(0.25, points.get(0).talkShare(), 1e-9);
            assertEquals(2000L, points.get(0).meanResponseMs());
            assertEquals(4_000_000, recordings.savedBytes());
            assertEquals(List.of("round-gone"), recordings.orphans(Set.of()), "no attempt refers to it");
            assertTrue(recordings.orphans(Set.of("round-gone")).isEmpty(), "unless it is the round running");
        }
    }
}
