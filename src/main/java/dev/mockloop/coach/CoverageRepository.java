package dev.mockloop.coach;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockloop.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The coach's results, one per round (table {@code coach_coverage}, schema version 7),
 * joined to attempts on their round id for History and Progress.
 */
public final class CoverageRepository {

    /** Names the coach that wrote a row: the model and the calibration's version. */
    public static final String COACH = "minilm-l6-v2-q/1";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Database database;
    private final Clock clock;

    /** @param clock stamps each row's created_at */
    public CoverageRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Coverage counts of one attempt, for a History column. */
    public record Coverage(int covered, int total) {
        /** @return covered / total, 0 to 1 (0 with no items) */
        public double ratio() {
            return total == 0 ? 0 : (double) covered / total;
        }

        /** @return e.g. "12/18" */
        @Override
        public String toString() {
            return covered + "/" + total;
        }
    }

    /**
     * One attempt's coverage on the Progress chart.
     *
     * @param attemptId the attempt
     * @param startedAt when its round started
     * @param title     its question's title
     * @param covered   items covered
     * @param total     items in its answer key
     */
    public record CoveragePoint(long attemptId, Instant startedAt, String title, int covered, int total) {
        /** @return covered / total, 0 to 1 */
        public double ratio() {
            return total == 0 ? 0 : (double) covered / total;
        }
    }

    /**
     * Stores a round's result, replacing any earlier one for the round, in one transaction.
     *
     * @param roundId the round's id ({@code ActiveRound.roundId()}, {@code attempts.round_id})
     * @throws dev.mockloop.storage.StorageException if it cannot be written
     */
    public void save(String roundId, CoverageResult result) {
        String json = write(result);
        long now = clock.millis();
        database.inTransaction("save the coach's result", c -> {
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO coach_coverage (round_id, covered, total, result_json, coach, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (round_id) DO UPDATE SET covered = excluded.covered, total = excluded.total,
                        result_json = excluded.result_json, coach = excluded.coach, created_at = excluded.created_at""")) {
                upsert.setString(1, roundId);
                upsert.setInt(2, result.covered());
                upsert.setInt(3, result.total());
                upsert.setString(4, json);
                upsert.setString(5, COACH);
                upsert.setLong(6, now);
                upsert.executeUpdate();
            }
            return null;
        });
    }

    /** @return the stored result of a round, if the coach read it */
    public Optional<CoverageResult> find(String roundId) {
        String json = database.read("read the coach's result", c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT result_json FROM coach_coverage WHERE round_id = ?")) {
                select.setString(1, roundId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        });
        return json == null ? Optional.empty() : Optional.of(read(json));
    }

    /** @return coverage by attempt id, for the attempts that have one (History's column) */
    public Map<Long, Coverage> forAttempts(Collection<Long> attemptIds) {
        Map<Long, Coverage> found = new HashMap<>();
        if (attemptIds.isEmpty()) {
            return found;
        }
        return database.read("read the coach's coverage", c -> {
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT a.id, k.covered, k.total FROM attempts a JOIN coach_coverage k ON k.round_id = a.round_id
                    WHERE a.id = ?""")) {
                for (long id : attemptIds) {
                    select.setLong(1, id);
                    try (ResultSet row = select.executeQuery()) {
                        if (row.next()) {
                            found.put(row.getLong(1), new Coverage(row.getInt(2), row.getInt(3)));
                        }
                    }
                }
            }
            return found;
        });
    }

    /**
     * @param since the earliest round start to include
     * @return the coverage of every attempt in the stats since then, oldest first (Progress's series)
     */
    public List<CoveragePoint> overTime(Instant since) {
        return database.read("read coverage over time", c -> {
            List<CoveragePoint> points = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT a.id, a.started_at, a.question_title, k.covered, k.total
                    FROM attempts a JOIN coach_coverage k ON k.round_id = a.round_id
                    WHERE a.in_stats = 1 AND a.started_at >= ? ORDER BY a.started_at, a.id""")) {
                select.setLong(1, since.toEpochMilli());
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        points.add(new CoveragePoint(row.getLong(1), Instant.ofEpochMilli(row.getLong(2)),
                                row.getString(3), row.getInt(4), row.getInt(5)));
                    }
                }
            }
            return points;
        });
    }

    /** @return the result as stored: JSON of {@link CoverageResult} */
    static String write(CoverageResult result) {
        try {
            return JSON.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("coverage result not serialisable", e);
        }
    }

    static CoverageResult read(String json) {
        try {
            return JSON.readValue(json, CoverageResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored coverage result unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
