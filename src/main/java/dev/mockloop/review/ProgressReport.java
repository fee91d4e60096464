package dev.mockloop.review;

import dev.mockloop.attempt.PhaseOverrun;
import dev.mockloop.attempt.Verdict;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The progress charts' content, computed from {@link ProgressData}: a mean per rubric
 * dimension per week (or per month, once the scores span more than half a year), the
 * verdicts in scale order, practice minutes per day for a year-long calendar, the failure
 * modes seen most often and the mean overrun of each phase.
 *
 * @param bucket       the span each trend point averages
 * @param trends       one per dimension, by id
 * @param verdicts     every verdict in scale order, then unfinished; counts may be 0
 * @param calendarFrom the Monday the calendar starts on: 52 weeks before this week's Monday
 * @param calendarTo   the calendar's last day: today
 * @param practice     practice per day in the calendar's range; days without practice are absent
 * @param failureModes most often ticked first
 * @param overruns     worst mean overrun first
 */
public record ProgressReport(Bucket bucket, List<Trend> trends, List<VerdictCount> verdicts, LocalDate calendarFrom,
                             LocalDate calendarTo, Map<LocalDate, ProgressData.PracticeDay> practice,
                             List<ProgressData.FailureCount> failureModes, List<PhaseOverrun> overruns) {

    /** Weeks of history the calendar shows, as Anki's does: a year. */
    public static final int CALENDAR_WEEKS = 53;
    /** Scores spanning more days than this are averaged per month instead of per week. */
    static final int WEEKLY_UP_TO_DAYS = 183;

    /** What one trend point averages. */
    public enum Bucket { WEEK, MONTH }

    /**
     * @param dimensionId the dimension's id
     * @param title       its title as last saved
     * @param points      oldest first
     */
    public record Trend(String dimensionId, String title, List<Point> points) {
    }

    /**
     * @param start the first day of the week (Monday) or month
     * @param mean  the mean score given in it, 1.0 to 4.0
     * @param count how many scores
     */
    public record Point(LocalDate start, double mean, int count) {
    }

    /**
     * @param verdict the verdict, or {@code null} for unfinished rounds
     * @param count   how many attempts
     */
    public record VerdictCount(Verdict verdict, int count) {
        /** @return the label shown, e.g. "Lean hire" or "Unfinished" */
        public String label() {
            return verdict == null ? "Unfinished" : verdict.label();
        }
    }

    /** @return the first day a calendar ending today starts on (a Monday, 52 weeks back) */
    public static LocalDate calendarStart(LocalDate today) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(CALENDAR_WEEKS - 1);
    }

    /**
     * @param data  the totals as read
     * @param today the user's today, which ends the calendar
     * @return the report
     */
    public static ProgressReport from(ProgressData data, LocalDate today) {
        long first = data.scoreDays().stream().mapToLong(ProgressData.ScoreDay::day).min().orElse(0);
        long last = data.scoreDays().stream().mapToLong(ProgressData.ScoreDay::day).max().orElse(0);
        Bucket bucket = last - first > WEEKLY_UP_TO_DAYS ? Bucket.MONTH : Bucket.WEEK;

        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, TreeMap<LocalDate, long[]>> sums = new TreeMap<>();
        for (ProgressData.ScoreDay d : data.scoreDays()) {
            titles.put(d.dimensionId(), d.title() == null ? d.dimensionId() : d.title());
            long[] sum = sums.computeIfAbsent(d.dimensionId(), k -> new TreeMap<>())
                    .computeIfAbsent(bucketStart(LocalDate.ofEpochDay(d.day()), bucket), k -> new long[2]);
            sum[0] += d.total();
            sum[1] += d.count();
        }
        List<Trend> trends = new ArrayList<>();
        sums.forEach((id, buckets) -> trends.add(new Trend(id, titles.get(id), buckets.entrySet().stream()
                .map(e -> new Point(e.getKey(), (double) e.getValue()[0] / e.getValue()[1], (int) e.getValue()[1]))
                .toList())));

        List<VerdictCount> verdicts = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            verdicts.add(new VerdictCount(v, data.verdicts().getOrDefault(v, 0)));
        }
        verdicts.add(new VerdictCount(null, data.verdicts().getOrDefault(null, 0)));

        LocalDate from = calendarStart(today);
        Map<LocalDate, ProgressData.PracticeDay> practice = new TreeMap<>();
        for (ProgressData.PracticeDay d : data.practiceDays()) {
            LocalDate day = LocalDate.ofEpochDay(d.day());
            if (!day.isBefore(from) && !day.isAfter(today)) {
                practice.put(day, d);
            }
        }
        return new ProgressReport(bucket, List.copyOf(trends), List.copyOf(verdicts), from, today,
                java.util.Collections.unmodifiableMap(practice), data.failureModes(), data.phaseOverruns());
    }

    /** @return the Monday of the day's week, or the first of its month */
    static LocalDate bucketStart(LocalDate day, Bucket bucket) {
        return bucket == Bucket.WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    /**
     * The shade of a calendar day, as Anki's heatmap has: 0 for no practice, then 1 under
     * 30 minutes, 2 under an hour, 3 under two hours, 4 for two hours or more.
     *
     * @param activeMs time in phases that day, ms
     * @return 0 to 4
     */
    public static int shade(long activeMs) {
        long minutes = activeMs / 60_000;
        if (activeMs <= 0) {
            return 0;
        }
        return minutes < 30 ? 1 : minutes < 60 ? 2 : minutes < 120 ? 3 : 4;
    }

    /**
     * The dimensions scored lowest over all their points (each point weighted by its count
     * of scores), lowest first; ties by id.
     *
     * @param n how many, at most
     * @return their ids
     */
    public List<String> weakest(int n) {
        return trends.stream()
                .sorted(java.util.Comparator.comparingDouble(ProgressReport::overallMean).thenComparing(Trend::dimensionId))
                .limit(n).map(Trend::dimensionId).toList();
    }

    /** @return the mean of every score behind the trend, 1.0 to 4.0 */
    static double overallMean(Trend trend) {
        double sum = 0;
        long count = 0;
        for (Point p : trend.points()) {
            sum += p.mean() * p.count();
            count += p.count();
        }
        return count == 0 ? 4 : sum / count;
    }

    /** @return the total practice in the calendar's range, ms */
    public long calendarTotalMs() {
        return practice.values().stream().mapToLong(ProgressData.PracticeDay::activeMs).sum();
    }
}
