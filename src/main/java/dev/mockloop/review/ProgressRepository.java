package dev.mockloop.review;

import dev.mockloop.attempt.PhaseOverrun;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.storage.Database;
import dev.mockloop.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the progress charts' data from the totals schema V4 keeps by trigger
 * ({@code score_days}, {@code practice_days}, {@code failure_mode_counts},
 * {@code phase_overruns}, {@code verdict_counts}), so the cost hardly grows with the
 * number of attempts. Call it off the UI thread.
 */
public final class ProgressRepository {

    private static final String SCORE_DAYS = """
            SELECT dimension_id, title, day, total, n FROM score_days WHERE n > 0 ORDER BY dimension_id, day""";
    private static final String PRACTICE_DAYS = """
            SELECT day, active_ms, attempts FROM practice_days WHERE day BETWEEN ? AND ? AND attempts > 0 ORDER BY day""";
    private static final String VERDICTS = "SELECT verdict, n FROM verdict_counts WHERE n > 0";
    private static final String FAILURE_MODES = """
            SELECT failure_mode_id, title, n FROM failure_mode_counts WHERE n > 0 ORDER BY n DESC, title LIMIT ?""";
    private static final String OVERRUNS = """
            SELECT title, CAST(ROUND(1.0 * overrun_ms / n) AS INTEGER) AS overrun, n FROM phase_overruns
            WHERE n > 0 ORDER BY overrun DESC, title""";

    private final Database database;

    public ProgressRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * @param fromDay      first day of practice time to read, days since 1970-01-01
     * @param toDay        last day, inclusive
     * @param failureLimit most failure modes to return
     * @return everything the progress screen draws, read in one snapshot
     * @throws StorageException if it cannot be read
     */
    public ProgressData load(long fromDay, long toDay, int failureLimit) {
        return database.read("read your progress", c -> new ProgressData(scoreDays(c), practiceDays(c, fromDay, toDay),
                verdicts(c), failureModes(c, failureLimit), overruns(c)));
    }

    private static List<ProgressData.ScoreDay> scoreDays(Connection c) throws SQLException {
        List<ProgressData.ScoreDay> days = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SCORE_DAYS); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                days.add(new ProgressData.ScoreDay(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4), r.getInt(5)));
            }
        }
        return days;
    }

    private static List<ProgressData.PracticeDay> practiceDays(Connection c, long from, long to) throws SQLException {
        List<ProgressData.PracticeDay> days = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(PRACTICE_DAYS)) {
            s.setLong(1, from);
            s.setLong(2, to);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    days.add(new ProgressData.PracticeDay(r.getLong(1), r.getLong(2), r.getInt(3)));
                }
            }
        }
        return days;
    }

    private static Map<Verdict, Integer> verdicts(Connection c) throws SQLException {
        Map<Verdict, Integer> counts = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(VERDICTS); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String name = r.getString(1);
                counts.put(name.isEmpty() ? null : Verdict.valueOf(name), r.getInt(2));
            }
        }
        return counts;
    }

    private static List<ProgressData.FailureCount> failureModes(Connection c, int limit) throws SQLException {
        List<ProgressData.FailureCount> counts = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(FAILURE_MODES)) {
            s.setInt(1, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    counts.add(new ProgressData.FailureCount(r.getString(1), r.getString(2), r.getInt(3)));
                }
            }
        }
        return counts;
    }

    private static List<PhaseOverrun> overruns(Connection c) throws SQLException {
        List<PhaseOverrun> overruns = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(OVERRUNS); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                overruns.add(new PhaseOverrun(r.getString(1), r.getLong(2), r.getInt(3)));
            }
        }
        return overruns;
    }
}
