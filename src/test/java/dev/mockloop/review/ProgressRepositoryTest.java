package dev.mockloop.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mockloop.attempt.AttemptEditRepository;
import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.attempt.DeletedAttempt;
import dev.mockloop.attempt.DimensionScore;
import dev.mockloop.attempt.PhaseOverrun;
import dev.mockloop.attempt.ScoringEdit;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress totals schema V4 keeps by trigger stay exact through saves, edits, deletes and undo. */
class ProgressRepositoryTest {

    private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);

    @TempDir
    Path dir;
    private Database database;
    private AttemptRepository attempts;
    private AttemptEditRepository edits;
    private ProgressRepository progress;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("m.db"));
        Clock clock = Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC);
        attempts = new AttemptRepository(database, clock);
        edits = new AttemptEditRepository(database, clock);
        progress = new ProgressRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ProgressData load() {
        return progress.load(MARCH_10.minusDays(30).toEpochDay(), MARCH_10.plusDays(30).toEpochDay(), 10);
    }

    private long save(TestAttempts a) {
        return attempts.save(a.build()).id();
    }

    @Test
    void totalsCountEverySavedAttempt() {
        save(TestAttempts.at("p", "q").start("2026-03-10T09:00:00Z").score("req", 2).score("hld", 3)
                .phase("Design", 600_000, 660_000).phase("Wrap-up", 120_000, 0).failure("no-numbers")
                .verdict(Verdict.LEAN_HIRE));
        save(TestAttempts.at("p", "q").start("2026-03-10T15:00:00Z").score("req", 4)
                .phase("Design", 600_000, 540_000).failure("no-numbers").failure("we-not-i").verdict(null));

        ProgressData data = load();

        assertEquals(List.of(new ProgressData.ScoreDay("hld", "Title of hld", MARCH_10.toEpochDay(), 3, 1),
                new ProgressData.ScoreDay("req", "Title of req", MARCH_10.toEpochDay(), 6, 2)), data.scoreDays());
        assertEquals(List.of(new ProgressData.PracticeDay(MARCH_10.toEpochDay(), 1_200_000, 2)), data.practiceDays());
        assertEquals(Map.of(Verdict.LEAN_HIRE, 1), withoutNull(data.verdicts()));
        assertEquals(1, data.verdicts().get(null), "one unfinished");
        assertEquals(List.of(new ProgressData.FailureCount("no-numbers", "Title of no-numbers", 2),
                new ProgressData.FailureCount("we-not-i", "Title of we-not-i", 1)), data.failureModes());
        assertEquals(List.of(new PhaseOverrun("Design", 0, 2)), data.phaseOverruns(), "+60 s and -60 s; wrap-up never reached");
    }

    @Test
    void anEditMovesTheScoreTotalsAndADeleteAndItsUndoLeaveThemAsBefore() {
        save(TestAttempts.at("p", "q").start("2026-03-10T09:00:00Z").score("req", 3).verdict(Verdict.HIRE));
        long id = save(TestAttempts.at("p", "q").start("2026-03-10T10:00:00Z").score("req", 1)
                .phase("Design", 600_000, 700_000).failure("no-numbers").verdict(Verdict.NO_HIRE));
        ProgressData before = load();

        edits.edit(id, new ScoringEdit(Verdict.LEAN_HIRE, List.of(new DimensionScore("req", "Title of req", 2, "fair")), "Better"));
        ProgressData edited = load();
        assertEquals(5, edited.scoreDays().get(0).total(), "3 + 2 after the 1 became a 2");
        assertEquals(2, edited.scoreDays().get(0).count());
        assertEquals(1, edited.verdicts().get(Verdict.LEAN_HIRE));
        assertEquals(null, edited.verdicts().get(Verdict.NO_HIRE));

        DeletedAttempt deleted = edits.delete(id);
        ProgressData gone = load();
        assertEquals(List.of(new ProgressData.ScoreDay("req", "Title of req", MARCH_10.toEpochDay(), 3, 1)), gone.scoreDays());
        assertEquals(List.of(new ProgressData.PracticeDay(MARCH_10.toEpochDay(), 0, 1)), gone.practiceDays());
        assertEquals(List.of(), gone.failureModes());
        assertEquals(List.of(), gone.phaseOverruns());
        assertEquals(Map.of(Verdict.HIRE, 1), withoutNull(gone.verdicts()));

        edits.undoDelete(deleted);
        assertEquals(edited, load(), "undo restores every total of the edited attempt");
        assertEquals(before.practiceDays(), load().practiceDays());
    }

    private static Map<Verdict, Integer> withoutNull(Map<Verdict, Integer> counts) {
        Map<Verdict, Integer> copy = new HashMap<>(counts);
        copy.remove(null);
        return copy;
    }
}
