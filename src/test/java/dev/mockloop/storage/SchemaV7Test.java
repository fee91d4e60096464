package dev.mockloop.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mockloop.attempt.ScoreSheet;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.interview.InterviewerSheet;
import dev.mockloop.interview.InterviewerSheetRepository;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema version 7: interviewers' sheets beside the attempts, keyed on the round's id. */
class SchemaV7Test {

    @TempDir
    Path dir;

    @Test
    void aVersionSixFileGainsTheInterviewerTablesAndItsAttemptsCompareWithThem() {
        Path file = dir.resolve("v6.db");
        try (Database old = Database.open(file, new Migrator(Migrator.FOLDER, Migrator.LADDER.subList(0, 6)))) {
            old.inTransaction(c -> {
                try (PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO attempts (id, pack_id, question_id, started_at, ended_at, verdict, created_at, round_id)
                        VALUES (1, 'p', 'q', 1000, 2000, 'HIRE', 3000, 'round-a')""")) {
                    insert.executeUpdate();
                }
                try (PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO attempt_scores (attempt_id, position, dimension_id, title, score, descriptor)
                        VALUES (1, 0, 'scope', 'Scope', 4, 'great')""")) {
                    insert.executeUpdate();
                }
                return null;
            });
        }
        try (Database upgraded = Database.open(file)) {
            var sheets = new InterviewerSheetRepository(upgraded);
            assertEquals(List.of(), sheets.forRound("round-a"));
            sheets.save(new InterviewerSheet("round-a", 1, new ScoreSheet(Map.of("scope", 3), List.of(), Verdict.HIRE,
                    ""), "", Instant.ofEpochMilli(5000), true));
            assertEquals(1.0, sheets.gaps().get(0).gap(), "the old attempt's self-score meets the new sheet");
        }
    }
}
