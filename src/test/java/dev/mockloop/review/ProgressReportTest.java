package dev.mockloop.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mockloop.attempt.Verdict;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressReportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);  // a Saturday

    private static ProgressData data(List<ProgressData.ScoreDay> scores, List<ProgressData.PracticeDay> days) {
        return new ProgressData(scores, days, Map.of(Verdict.HIRE, 2), List.of(), List.of());
    }

    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void scoresWithinHalfAYearAreAveragedPerWeekStartingMonday() {
        ProgressReport report = ProgressReport.from(data(List.of(
                new ProgressData.ScoreDay("req", "Requirements", day("2026-11-16"), 4, 2),   // Monday
                new ProgressData.ScoreDay("req", "Requirements", day("2026-11-20"), 3, 1),   // Friday, same week
                new ProgressData.ScoreDay("req", "Requirements", day("2026-11-09"), 1, 1)), List.of()), TODAY);

        assertEquals(ProgressReport.Bucket.WEEK, report.bucket());
        ProgressReport.Trend trend = report.trends().get(0);
        assertEquals(List.of(new ProgressReport.Point(LocalDate.of(2026, 11, 9), 1.0, 1),
                new ProgressReport.Point(LocalDate.of(2026, 11, 16), 7 / 3.0, 3)), trend.points());
    }

    @Test
    void theWeakestDimensionsAreThoseScoredLowestOverAllTheirScores() {
        ProgressReport report = ProgressReport.from(data(List.of(
                new ProgressData.ScoreDay("req", "Requirements", day("2026-11-16"), 8, 2),      // 4.0
                new ProgressData.ScoreDay("est", "Estimation", day("2026-11-16"), 1, 1),        // 1.0 once...
                new ProgressData.ScoreDay("est", "Estimation", day("2026-11-09"), 12, 4),       // ...3.0 four times: 2.6
                new ProgressData.ScoreDay("api", "API", day("2026-11-16"), 5, 2),               // 2.5
                new ProgressData.ScoreDay("ops", "Operations", day("2026-11-16"), 3, 1)), List.of()), TODAY);

        assertEquals(List.of("api", "est", "ops"), report.weakest(3));
        assertEquals(List.of("api", "est", "ops", "req"), report.weakest(10));
    }

    @Test
    void longerHistoriesAreAveragedPerMonth() {
        ProgressReport report = ProgressReport.from(data(List.of(
                new ProgressData.ScoreDay("req", "Requirements", day("2025-01-31"), 2, 1),
                new ProgressData.ScoreDay("req", "Requirements", day("2026-11-02"), 3, 1)), List.of()), TODAY);

        assertEquals(ProgressReport.Bucket.MONTH, report.bucket());
        assertEquals(LocalDate.of(2025, 1, 1), report.trends().get(0).points().get(0).start());
    }

    @Test
    void verdictsComeInScaleOrderWithUnfinishedLastAndZerosKept() {
        ProgressReport report = ProgressReport.from(data(List.of(), List.of()), TODAY);
        assertEquals(List.of("Strong no hire", "No hire", "Lean hire", "Hire", "Strong hire", "Unfinished"),
                report.verdicts().stream().map(ProgressReport.VerdictCount::label).toList());
        assertEquals(2, report.verdicts().get(3).count());
    }

    @Test
    void calendarCoversFiftyThreeWeeksFromAMondayAndKeepsOnlyItsDays() {
        ProgressReport report = ProgressReport.from(data(List.of(), List.of(
                new ProgressData.PracticeDay(day("2025-01-01"), 60_000, 1),
                new ProgressData.PracticeDay(day("2026-11-20"), 50 * 60_000, 2))), TODAY);

        assertEquals(DayOfWeek.MONDAY, report.calendarFrom().getDayOfWeek());
        assertEquals(LocalDate.of(2025, 11, 17), report.calendarFrom(), "52 weeks before Monday 16 Nov 2026");
        assertEquals(List.of(LocalDate.of(2026, 11, 20)), List.copyOf(report.practice().keySet()));
        assertEquals(50 * 60_000, report.calendarTotalMs());
    }

    @Test
    void shadesGrowWithTheMinutesOfTheDay() {
        assertEquals(List.of(0, 1, 2, 2, 3, 4), List.of(0L, 29 * 60_000L, 30 * 60_000L, 59 * 60_000L, 90 * 60_000L,
                120 * 60_000L).stream().map(ProgressReport::shade).toList());
    }
}
