package dev.mockloop.attempt;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An attempt's rows: the {@code attempts} row and its phases, probes, scores and failure
 * modes, written and read whole on a connection inside a transaction the caller holds.
 * Used by {@link AttemptRepository} and {@link AttemptEditRepository} (which puts a deleted
 * attempt back).
 */
final class AttemptRowRepository {

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


    private AttemptRowRepository() {
    }

    /**
     * Reads one attempt whole inside a transaction the caller holds.
     *
     * @return the attempt, or empty if there is none with that id
     * @throws SQLException if it cannot be read
     */
    static Optional<Attempt> find(Connection connection, long id) throws SQLException {
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

    static Verdict verdict(String name) {
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
}
