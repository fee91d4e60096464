package dev.mockloop.review;

import dev.mockloop.storage.Database;
import dev.mockloop.storage.StorageException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What "what to practise next" reads: every finished attempt as a review for the
 * scheduler, the mean score per rubric dimension since a day, how each question went
 * on one dimension, and when each question was last attempted. Call it off the UI thread; methods throw {@link StorageException}.
 */
public final class PracticeRepository {

    private static final String REVIEWS = """
            SELECT pack_id, question_id, day, mean_score FROM attempts INDEXED BY attempts_history
            WHERE verdict IS NOT NULL AND mean_score IS NOT NULL AND in_stats = 1
            ORDER BY started_at, id""";
    private static final String DIMENSION_MEANS = """
            SELECT dimension_id, title, SUM(total), SUM(n), MAX(day) FROM score_days
            WHERE day >= ? AND n > 0 GROUP BY dimension_id""";
    private static final String QUESTION_MEANS = """
            SELECT a.pack_id, a.question_id, AVG(s.score)
            FROM attempts a INDEXED BY attempts_history
            JOIN attempt_scores s ON s.attempt_id = a.id AND s.dimension_id = ?
            WHERE a.day >= ? AND a.in_stats = 1
            GROUP BY a.pack_id, a.question_id""";

    private static final String LAST_ATTEMPTS = """
            SELECT pack_id, question_id, MAX(started_at) FROM attempts
            GROUP BY pack_id, question_id""";

    private final Database database;

    public PracticeRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** @return every scored attempt, oldest first */
    public List<PracticeScheduler.Review> reviews() {
        return database.read("read the practice schedule", c -> {
            List<PracticeScheduler.Review> reviews = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(REVIEWS); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    reviews.add(new PracticeScheduler.Review(r.getString(1), r.getString(2), r.getLong(3), r.getDouble(4)));
                }
            }
            return reviews;
        });
    }

    /**
     * A rubric dimension's mean over a span.
     *
     * @param dimensionId its id
     * @param title       its title as last saved
     * @param mean        mean score, 1.0 to 4.0
     * @param count       how many scores
     */
    public record DimensionMean(String dimensionId, String title, double mean, int count) {
    }

    /** @param fromDay first day counted, days since 1970-01-01 @return each scored dimension's mean since then */
    public List<DimensionMean> dimensionMeans(long fromDay) {
        return database.read("average the dimensions", c -> {
            List<DimensionMean> means = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(DIMENSION_MEANS)) {
                s.setLong(1, fromDay);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        means.add(new DimensionMean(r.getString(1), r.getString(2), r.getDouble(3) / r.getLong(4),
                                r.getInt(4)));
                    }
                }
            }
            return means;
        });
    }

    /**
     * @return {@code packId/questionId} of every attempted question, finished or not, to the
     *         start of its latest attempt
     */
    public Map<String, Instant> lastAttempts() {
        return database.read("read when each question was last attempted", c -> {
            Map<String, Instant> last = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(LAST_ATTEMPTS); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    last.put(r.getString(1) + "/" + r.getString(2), Instant.ofEpochMilli(r.getLong(3)));
                }
            }
            return Map.copyOf(last);
        });
    }

    /** @return the mean score on one dimension per question ({@code packId/questionId}) since a day */
    public Map<String, Double> questionMeans(String dimensionId, long fromDay) {
        return database.read("average a dimension per question", c -> {
            Map<String, Double> means = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(QUESTION_MEANS)) {
                s.setString(1, dimensionId);
                s.setLong(2, fromDay);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        means.put(r.getString(1) + "/" + r.getString(2), r.getDouble(3));
                    }
                }
            }
            return means;
        });
    }
}
