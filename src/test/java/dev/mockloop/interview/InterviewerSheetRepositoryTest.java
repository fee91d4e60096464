package dev.mockloop.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.AttemptEditRepository;
import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.attempt.DeletedAttempt;
import dev.mockloop.attempt.SampleAttempts;
import dev.mockloop.attempt.ScoreSheet;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.storage.Database;
import dev.mockloop.storage.StorageException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterviewerSheetRepositoryTest {

    @TempDir
    Path dir;

    private static InterviewerSheet sheet(String roundId, int seat, Map<String, Integer> levels, boolean submitted) {
        return new InterviewerSheet(roundId, seat, new ScoreSheet(levels, List.of("api-late", "no-capacity"),
                Verdict.NO_HIRE, "Numbers first, then boxes. <b>not bold</b>"), "Skipped the estimate at 12:00",
                Instant.parse("2026-12-01T11:00:00Z"), submitted);
    }

    @Test
    void aSheetIsSavedAndReadBackForItsRound() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            var repo = new InterviewerSheetRepository(db);
            InterviewerSheet saved = sheet("round-1", 1, Map.of("dim-3", 2, "dim-2", 2, "dim-4", 3), true);
            repo.save(saved);
            assertEquals(List.of(saved), repo.forRound("round-1"));
            assertEquals(List.of(), repo.forRound("round-2"));
        }
    }

    @Test
    void submittingAgainReplacesTheSeatsSheetAndASecondInterviewerHasTheirOwn() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            var repo = new InterviewerSheetRepository(db);
            repo.save(sheet("r", 1, Map.of("dim-3", 1), false));
            InterviewerSheet again = new InterviewerSheet("r", 1, new ScoreSheet(Map.of("dim-2", 4), List.of(),
                    Verdict.HIRE, "better"), "", Instant.parse("2026-12-01T11:05:00Z"), true);
            repo.save(again);
            repo.save(sheet("r", 2, Map.of("dim-3", 3), true));
            List<InterviewerSheet> sheets = repo.forRound("r");
            assertEquals(2, sheets.size());
            assertEquals(again, sheets.get(0));
            assertEquals(2, sheets.get(1).seat());
        }
    }

    @Test
    void theGapPairsEachSelfScoreWithTheInterviewersMeanOfTheSameRound() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            Attempt attempt = new AttemptRepository(db).save(SampleAttempts.full().withRoundId("round-9"));
            var repo = new InterviewerSheetRepository(db);
            repo.save(sheet("round-9", 1, Map.of("dim-3", 2, "dim-2", 2, "dim-4", 3), true));
            repo.save(sheet("round-9", 2, Map.of("dim-3", 3), true));
            repo.save(sheet("round-9-draft", 1, Map.of("dim-3", 1), false));

            List<ScoreGap> gaps = repo.gaps();

            assertEquals(List.of("dim-3", "dim-2", "dim-4"), gaps.stream().map(ScoreGap::dimensionId).toList(),
                    "rubric order, as the attempt scored them");
            assertEquals(3, gaps.get(0).self());
            assertEquals(2.5, gaps.get(0).interviewer(), "the mean of two interviewers");
            assertEquals(attempt.startedAt(), gaps.get(0).startedAt());
            assertEquals(1.0, gaps.get(2).gap());
        }
    }

    @Test
    void aDeletedAttemptPutBackByUndoStillHasItsInterviewersSheet() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            Attempt attempt = new AttemptRepository(db).save(SampleAttempts.full().withRoundId("round-5"));
            var repo = new InterviewerSheetRepository(db);
            repo.save(sheet("round-5", 1, Map.of("dim-3", 2), true));
            var edits = new AttemptEditRepository(db, Clock.systemUTC());
            DeletedAttempt deleted = edits.delete(attempt.id());
            assertTrue(repo.gaps().isEmpty(), "a deleted attempt is out of the comparison");
            edits.undoDelete(deleted);
            assertEquals(1, repo.forRound("round-5").size());
            assertFalse(repo.gaps().isEmpty());
        }
    }

    @Test
    void aLevelOutsideOneToFourNeverReachesTheDatabase() {
        assertThrows(IllegalArgumentException.class, () -> sheet("r", 1, Map.of("d", 5), true));
        assertThrows(IllegalArgumentException.class, () -> sheet("r", 3, Map.of(), true));
    }

    @Test
    void aFailedSaveLeavesTheOldSheet() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            var repo = new InterviewerSheetRepository(db);
            InterviewerSheet first = sheet("r", 1, Map.of("d", 2), true);
            repo.save(first);
            db.inTransaction(c -> {
                try (var s = c.createStatement()) {
                    s.execute("CREATE TRIGGER no_more BEFORE INSERT ON interviewer_failure_modes BEGIN"
                            + " SELECT RAISE(ABORT, 'disk trouble'); END");
                }
                return null;
            });
            assertThrows(StorageException.class, () -> repo.save(sheet("r", 1, Map.of("d", 4), true)));
            assertEquals(List.of(first), repo.forRound("r"), "one transaction: all or nothing");
        }
    }
}
