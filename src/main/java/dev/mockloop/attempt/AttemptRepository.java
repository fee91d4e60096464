package dev.mockloop.attempt;

import dev.mockloop.storage.Database;
import dev.mockloop.storage.SqlWork;
import dev.mockloop.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Saves and loads {@link Attempt}s. The only place that knows the attempt tables.
 *
 * <p>Call it from the background thread that owns the {@link Database}, never from the UI
 * thread. Every method throws {@link StorageException} when the database fails.
 */
public final class AttemptRepository {

    private static final String INSERT_ATTEMPT = """
            INSERT INTO attempts (pack_id, pack_version, question_id, question_title,
                behavioral_prompt, design_prompt, framework_id, framework_title,
                started_at, ended_at, notes, sketch_json, sketch_png, verdict, reflection,
                created_at, day, round_id, in_stats, id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            RETURNING id""";
    private static final String INSERT_PHASE = """
            INSERT INTO attempt_phases (attempt_id, position, phase_id, title, planned_ms, actual_ms,
                paused_ms, pauses)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_PROBE = """
            INSERT INTO attempt_probes (attempt_id, position, text, phase_id, shown_at_ms, response_ms)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_SCORE = """
            INSERT INTO attempt_scores (attempt_id, position, dimension_id, title, score, descriptor)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_FAILURE_MODE = """
            INSERT INTO attempt_failure_modes (attempt_id, position, failure_mode_id, title)
            VALUES (?, ?, ?, ?)""";

    private static final String SELECT_ATTEMPT = """
            SELECT pack_id, pack_version, question_id, question_title, behavioral_prompt,
                design_prompt, framework_id, framework_title, started_at, ended_at, notes,
                sketch_json, sketch_png, verdict, reflection, round_id, in_stats
            FROM attempts WHERE id = ?""";
    private static final String SELECT_PHASES = """
            SELECT phase_id, title, planned_ms, actual_ms, paused_ms, pauses FROM attempt_phases
            WHERE attempt_id = ? ORDER BY position""";
    private static final String SELECT_PROBES = """
            SELECT text, phase_id, shown_at_ms, response_ms FROM attempt_probes
            WHERE attempt_id = ? ORDER BY position""";
    private static final String SELECT_SCORES = """
            SELECT dimension_id, title, score, descriptor FROM attempt_scores
            WHERE attempt_id = ? ORDER BY position""";
    private static final String SELECT_FAILURE_MODES = """
            SELECT failure_mode_id, title FROM attempt_failure_modes
            WHERE attempt_id = ? ORDER BY position""";

    // One query: the per-attempt sums run on the children's primary key (attempt_id first).
    private static final String SELECT_SUMMARIES = """
            SELECT a.id, a.started_at, a.question_title, a.pack_id, a.verdict,
                (SELECT COALESCE(SUM(p.actual_ms), 0) FROM attempt_phases p
                    WHERE p.attempt_id = a.id) AS duration_ms,
                (SELECT AVG(s.score) FROM attempt_scores s
                    WHERE s.attempt_id = a.id) AS mean_score
            FROM attempts a
            ORDER BY a.started_at DESC, a.id DESC""";
    private static final String SELECT_QUESTION_KEYS =
            "SELECT DISTINCT pack_id, question_id FROM attempts";
    private static final String COUNT = "SELECT COUNT(*) FROM attempts";
    private static final String COUNT_BY_PACK = "SELECT pack_id, COUNT(*) FROM attempts GROUP BY pack_id";

    private final Database database;
    private final Clock clock;

    /** Stamps saved rows with the system clock. */
    public AttemptRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    /**
     * @param database the open database
     * @param clock    the clock for each row's {@code created_at}; its zone decides the
     *                 calendar day an attempt counts for in history filters and progress
     */
    public AttemptRepository(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Stores a new attempt with all its phases, scores and failure modes in one
     * transaction: if any part fails, nothing is stored.
     *
     * <p>Times are stored in whole milliseconds (epoch ms, UTC); the returned attempt carries
     * the stored times, so it holds the same values {@link #find(long)} later returns.
     *
     * @param attempt an attempt not yet saved ({@code id} null)
     * @return the attempt as stored, with its new id
     * @throws IllegalArgumentException if the attempt already has an id
     * @throws StorageException if it cannot be stored; nothing was written
     */
    public Attempt save(Attempt attempt) {
        return save(attempt, connection -> null);
    }

    /**
     * Saves an attempt and, in the same transaction, runs {@code also} (e.g. clears the
     * autosaved draft of the round), so both happen or neither does.
     *
     * @throws IllegalArgumentException if the attempt already has an id
     * @throws StorageException if it cannot be stored; nothing was written
     */
    public Attempt save(Attempt attempt, SqlWork<?> also) {
        if (attempt.id() != null) {
            throw new IllegalArgumentException("attempt " + attempt.id() + " is already saved");
        }
        Attempt stored = toWholeMillis(attempt);
        long createdAt = clock.millis();
        long id = database.inTransaction("save the attempt", connection -> {
            long newId = insertAttempt(connection, stored, createdAt, day(stored.startedAt()));
            insertChildren(connection, newId, stored);
            also.run(connection);
            return newId;
        });
        return stored.withId(id);
    }

    /**
     * @param id an attempt's database id
     * @return the whole attempt, its lists in their saved order, or empty if there is none
     *         with that id
     * @throws StorageException if it cannot be read, or a stored value no longer fits the
     *                          records (e.g. an unknown verdict)
     */
    public Optional<Attempt> find(long id) {
        return database.read("read attempt " + id, connection -> findIn(connection, id));
    }

    /**
     * {@link #find(long)} inside a transaction the caller holds, e.g. an export reading many.
     *
     * @throws SQLException if it cannot be read
     */
    public static Optional<Attempt> findIn(Connection connection, long id) throws SQLException {
        // Children first: for an unknown id they are just empty.
        List<PhaseTime> phases = readChildren(connection, SELECT_PHASES, id, row -> new PhaseTime(
                row.getString(1), row.getString(2), row.getLong(3), row.getLong(4), row.getLong(5),
                row.getInt(6)));
        List<ProbeResponse> probes = readChildren(connection, SELECT_PROBES, id, row -> {
            long response = row.getLong(4);
            Long responseMs = row.wasNull() ? null : response;
            return new ProbeResponse(row.getString(1), row.getString(2), row.getLong(3), responseMs);
        });
        List<DimensionScore> scores = readChildren(connection, SELECT_SCORES, id, row -> new DimensionScore(
                row.getString(1), row.getString(2), row.getInt(3), row.getString(4)));
        List<FailureModeHit> failureModes = readChildren(connection, SELECT_FAILURE_MODES, id,
                row -> new FailureModeHit(row.getString(1), row.getString(2)));
        try (PreparedStatement select = connection.prepareStatement(SELECT_ATTEMPT)) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(readAttempt(row, id, phases, scores, failureModes, probes))
                        : Optional.<Attempt>empty();
            }
        }
    }

    /**
     * @return every attempt, newest start first (ties: the later-saved first), with its
     *         duration (sum of the phases' actual ms, zero with no phases) and mean score
     *         (NaN with no scores)
     * @throws StorageException if they cannot be read
     */
    public List<AttemptSummary> listSummaries() {
        return database.read("list the attempts", connection -> {
            List<AttemptSummary> summaries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(SELECT_SUMMARIES);
                 ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    double mean = row.getDouble("mean_score");
                    if (row.wasNull()) {
                        mean = Double.NaN;
                    }
                    summaries.add(new AttemptSummary(
                            row.getLong("id"),
                            Instant.ofEpochMilli(row.getLong("started_at")),
                            row.getString("question_title"),
                            row.getString("pack_id"),
                            Duration.ofMillis(row.getLong("duration_ms")),
                            verdict(row.getString("verdict")),
                            mean));
                }
            }
            return List.copyOf(summaries);
        });
    }

    /**
     * @return {@code packId + "/" + questionId} of every question attempted at least once,
     *         e.g. "core/url-shortener"; unmodifiable
     * @throws StorageException if they cannot be read
     */
    public Set<String> attemptedQuestionKeys() {
        return database.read("list the attempted questions", connection -> {
            Set<String> keys = new LinkedHashSet<>();
            try (PreparedStatement select = connection.prepareStatement(SELECT_QUESTION_KEYS);
                 ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    keys.add(row.getString(1) + "/" + row.getString(2));
                }
            }
            return Collections.unmodifiableSet(keys);
        });
    }

    /**
     * @return the number of saved attempts
     * @throws StorageException if it cannot be read
     */
    public int count() {
        return database.read("count the attempts", connection -> {
            try (PreparedStatement select = connection.prepareStatement(COUNT);
                 ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    /**
     * @return the number of saved attempts per pack id, including packs no longer
     *         installed; packs without attempts are absent; unmodifiable
     * @throws StorageException if they cannot be read
     */
    public java.util.Map<String, Integer> countsByPack() {
        return database.read("count the attempts per pack", connection -> {
            java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
            try (PreparedStatement select = connection.prepareStatement(COUNT_BY_PACK);
                 ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    counts.put(row.getString(1), row.getInt(2));
                }
            }
            return Collections.unmodifiableMap(counts);
        });
    }

    /** @return the calendar day of an instant in the clock's zone, as days since 1970-01-01 */
    long day(Instant instant) {
        return instant.atZone(clock.getZone()).toLocalDate().toEpochDay();
    }

    /**
     * Inserts the attempt row; with an id (an attempt being put back after a delete) under
     * that id, else under a new one. Children are inserted by {@link #insertChildren}.
     *
     * @return the row's id
     */
    static long insertAttempt(Connection connection, Attempt a, long createdAt, long day) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ATTEMPT)) {
            int i = 0;
            insert.setString(++i, a.packId());
            insert.setString(++i, a.packVersion());
            insert.setString(++i, a.questionId());
            insert.setString(++i, a.questionTitle());
            insert.setString(++i, a.behavioralPrompt());
            insert.setString(++i, a.designPrompt());
            insert.setString(++i, a.frameworkId());
            insert.setString(++i, a.frameworkTitle());
            insert.setLong(++i, a.startedAt().toEpochMilli());
            insert.setLong(++i, a.endedAt().toEpochMilli());
            insert.setString(++i, a.notes());
            insert.setString(++i, a.sketchJson());
            insert.setBytes(++i, a.sketchPng());
            insert.setString(++i, a.verdict() == null ? null : a.verdict().name());
            insert.setString(++i, a.reflection());
            insert.setLong(++i, createdAt);
            insert.setLong(++i, day);
            insert.setString(++i, a.roundId());
            insert.setInt(++i, a.inStats() ? 1 : 0);
            if (a.id() == null) {
                insert.setNull(++i, java.sql.Types.INTEGER);
            } else {
                insert.setLong(++i, a.id());
            }
            try (ResultSet key = insert.executeQuery()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    static void insertChildren(Connection connection, long id, Attempt a) throws SQLException {
        insertAll(connection, INSERT_PHASE, id, a.phases(), (insert, phase) -> {
            insert.setString(3, phase.phaseId());
            insert.setString(4, phase.title());
            insert.setLong(5, phase.plannedMs());
            insert.setLong(6, phase.actualMs());
            insert.setLong(7, phase.pausedMs());
            insert.setInt(8, phase.pauses());
        });
        insertAll(connection, INSERT_PROBE, id, a.probes(), (insert, probe) -> {
            insert.setString(3, probe.text());
            insert.setString(4, probe.phaseId());
            insert.setLong(5, probe.shownAtMs());
            if (probe.responseMs() == null) {
                insert.setNull(6, java.sql.Types.INTEGER);
            } else {
                insert.setLong(6, probe.responseMs());
            }
        });
        insertAll(connection, INSERT_SCORE, id, a.scores(), (insert, score) -> {
            insert.setString(3, score.dimensionId());
            insert.setString(4, score.title());
            insert.setInt(5, score.score());
            insert.setString(6, score.descriptor());
        });
        insertAll(connection, INSERT_FAILURE_MODE, id, a.failureModes(), (insert, hit) -> {
            insert.setString(3, hit.failureModeId());
            insert.setString(4, hit.title());
        });
    }

    @FunctionalInterface
    private interface ChildWriter<T> {
        /** Binds the child's own columns, from parameter 3 on. */
        void bind(PreparedStatement insert, T child) throws SQLException;
    }

    /** Inserts child rows whose first two parameters are attempt_id and position. */
    private static <T> void insertAll(Connection connection, String sql, long id, List<T> children,
                                      ChildWriter<T> writer) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int position = 0; position < children.size(); position++) {
                insert.setLong(1, id);
                insert.setInt(2, position);
                writer.bind(insert, children.get(position));
                insert.executeUpdate();
            }
        }
    }

    private static Attempt readAttempt(ResultSet row, long id, List<PhaseTime> phases,
                                       List<DimensionScore> scores, List<FailureModeHit> failureModes,
                                       List<ProbeResponse> probes) throws SQLException {
        return new Attempt(id,
                row.getString("pack_id"),
                row.getString("pack_version"),
                row.getString("question_id"),
                row.getString("question_title"),
                row.getString("behavioral_prompt"),
                row.getString("design_prompt"),
                row.getString("framework_id"),
                row.getString("framework_title"),
                Instant.ofEpochMilli(row.getLong("started_at")),
                Instant.ofEpochMilli(row.getLong("ended_at")),
                phases,
                row.getString("notes"),
                row.getString("sketch_json"),
                row.getBytes("sketch_png"),
                scores,
                failureModes,
                verdict(row.getString("verdict")),
                row.getString("reflection"),
                probes,
                row.getString("round_id"),
                row.getInt("in_stats") == 1);
    }

    private static Verdict verdict(String name) {
        return name == null ? null : Verdict.valueOf(name);
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private static <T> List<T> readChildren(Connection connection, String sql, long id, RowReader<T> reader)
            throws SQLException {
        List<T> children = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    children.add(reader.read(row));
                }
            }
        }
        return children;
    }

    /** The attempt as stored: times in whole ms, and a round id (made now if it had none). */
    private static Attempt toWholeMillis(Attempt a) {
        return new Attempt(a.id(), a.packId(), a.packVersion(), a.questionId(), a.questionTitle(),
                a.behavioralPrompt(), a.designPrompt(), a.frameworkId(), a.frameworkTitle(),
                a.startedAt().truncatedTo(ChronoUnit.MILLIS), a.endedAt().truncatedTo(ChronoUnit.MILLIS),
                a.phases(), a.notes(), a.sketchJson(), a.sketchPng(), a.scores(), a.failureModes(),
                a.verdict(), a.reflection(), a.probes(),
                a.roundId() == null ? java.util.UUID.randomUUID().toString() : a.roundId(), a.inStats());
    }
}
