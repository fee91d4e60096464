package dev.mockloop.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.review.ProgressReport;
import dev.mockloop.review.ReviewStore;
import dev.mockloop.storage.Database;
import dev.mockloop.ui.common.DirectTaskRunner;
import dev.mockloop.ui.common.SavedAttempts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress screen's report: read off the UI thread, ending on the user's today. */
class ProgressViewModelTest {

    private static final PackLibrary LIBRARY = new PackLibrary(BundledPacks.load(new PackReader()));
    private static final LibraryQuestion QUESTION = LIBRARY.questions().get(0);
    /** Late on 20 March in UTC is already 21 March in Auckland (UTC+13 in March). */
    private static final Clock AUCKLAND = Clock.fixed(Instant.parse("2026-03-20T23:30:00Z"), ZoneId.of("Pacific/Auckland"));

    @TempDir
    Path dir;

    private Database db;
    private AttemptRepository attempts;
    private ProgressViewModel model;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("m.db"));
        attempts = new AttemptRepository(db, AUCKLAND);
        model = new ProgressViewModel(new ReviewStore(db, AUCKLAND), new DirectTaskRunner(), AUCKLAND);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theReportCountsVerdictsAndPracticeDaysOfTheSavedAttempts() {
        attempts.save(SavedAttempts.of(QUESTION, Instant.parse("2026-03-02T09:00:00Z"), 2, Verdict.NO_HIRE));
        attempts.save(SavedAttempts.of(QUESTION, Instant.parse("2026-03-09T09:00:00Z"), 3, Verdict.HIRE));
        attempts.save(SavedAttempts.of(QUESTION, Instant.parse("2026-03-16T09:00:00Z"), 4, Verdict.HIRE));

        model.load();

        ProgressReport report = model.reportProperty().get();
        Map<Verdict, Integer> verdicts = report.verdicts().stream().filter(v -> v.verdict() != null)
                .collect(Collectors.toMap(ProgressReport.VerdictCount::verdict, ProgressReport.VerdictCount::count));
        assertEquals(2, verdicts.get(Verdict.HIRE));
        assertEquals(1, verdicts.get(Verdict.NO_HIRE));
        assertEquals(0, verdicts.get(Verdict.STRONG_HIRE));
        assertEquals(3, report.practice().size(), "three days practised");
        assertTrue(report.practice().containsKey(LocalDate.of(2026, 3, 9)));
        ProgressReport.Trend first = report.trends().stream()
                .filter(t -> t.dimensionId().equals(QUESTION.pack().pack().rubric().dimensions().get(0).id()))
                .findFirst().orElseThrow();
        assertEquals(java.util.List.of(2.0, 3.0, 4.0), first.points().stream().map(ProgressReport.Point::mean).toList(),
                "one point a week, rising");
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void theCalendarEndsOnTodayInTheUsersZone() {
        model.load();

        assertEquals(LocalDate.of(2026, 3, 21), model.reportProperty().get().calendarTo());
        assertEquals(ProgressReport.calendarStart(LocalDate.of(2026, 3, 21)), model.reportProperty().get().calendarFrom());
    }

    @Test
    void progressThatCannotBeReadSaysSoAndShowsNoReport() {
        db.close();

        model.load();

        assertNull(model.reportProperty().get());
        assertTrue(model.errorProperty().get().startsWith("Could not read your progress: "), model.errorProperty().get());
    }
}
