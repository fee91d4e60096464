package dev.mockloop.interview;

import dev.mockloop.attempt.ScoreSheet;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.storage.Database;
import dev.mockloop.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Interviewers' sheets (tables {@code interviewer_sheets}, {@code interviewer_scores} and
 * {@code interviewer_failure_modes}), keyed on the round's id. Call it off the UI thread; every
 * method throws {@link StorageException} when the database fails, and a save is one transaction.
 */
public final class InterviewerSheetRepository implements SheetStore {

    private static final String UPSERT = """
            INSERT INTO interviewer_sheets (round_id, seat, verdict, feedback, notes, submitted, saved_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (round_id, seat) DO UPDATE SET verdict = excluded.verdict, feedback = excluded.feedback,
                notes = excluded.notes, submitted = excluded.submitted, saved_at = excluded.saved_at""";
    private static final String SELECT_SHEETS = """
            SELECT seat, verdict, feedback, notes, submitted, saved_at FROM interviewer_sheets
            WHERE round_id = ? ORDER BY seat""";
    private static final String SELECT_SCORES =
            "SELECT dimension_id, level FROM interviewer_scores WHERE round_id = ? AND seat = ? ORDER BY dimension_id";
    private static final String SELECT_FAILURES = """
            SELECT failure_mode_id FROM interviewer_failure_modes WHERE round_id = ? AND seat = ? ORDER BY position""";
    /** The self-score of each saved attempt's dimension beside its submitted interviewers' mean level. */
    private static final String SELECT_GAPS = """
            SELECT a.started_at, s.dimension_id, s.title, s.score, AVG(i.level)
            FROM attempts a
            JOIN attempt_scores s ON s.attempt_id = a.id
            JOIN interviewer_sheets h ON h.round_id = a.round_id AND h.submitted = 1
            JOIN interviewer_scores i ON i.round_id = h.round_id AND i.seat = h.seat AND i.dimension_id = s.dimension_id
            WHERE a.verdict IS NOT NULL AND s.dimension_id IS NOT NULL
            GROUP BY a.id, s.dimension_id
            ORDER BY a.started_at, a.id, MIN(s.position)""";

    private final Database database;

    public InterviewerSheetRepository(Database database) {
        this.database = database;
    }

    /** Saves the sheet in one transaction, replacing the one this seat saved for the round before. */
    @Override
    public void save(InterviewerSheet sheet) {
        database.inTransaction("save the interviewer's scores", c -> {
            try (PreparedStatement upsert = c.prepareStatement(UPSERT)) {
                upsert.setString(1, sheet.roundId());
                upsert.setInt(2, sheet.seat());
                upsert.setString(3, sheet.sheet().verdict() == null ? null : sheet.sheet().verdict().name());
                upsert.setString(4, sheet.sheet().text());
                upsert.setString(5, sheet.notes());
                upsert.setInt(6, sheet.submitted() ? 1 : 0);
                upsert.setLong(7, sheet.savedAt().toEpochMilli());
                upsert.executeUpdate();
            }
            clearChildren(c, sheet.roundId(), sheet.seat());
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO interviewer_scores (round_id, seat, dimension_id, level) VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<String, Integer> level : sheet.sheet().levels().entrySet()) {
                    insert.setString(1, sheet.roundId());
                    insert.setInt(2, sheet.seat());
                    insert.setString(3, level.getKey());
                    insert.setInt(4, level.getValue());
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO interviewer_failure_modes (round_id, seat, position, failure_mode_id)
                    VALUES (?, ?, ?, ?)""")) {
                List<String> ids = sheet.sheet().failureModeIds();
                for (int i = 0; i < ids.size(); i++) {
                    insert.setString(1, sheet.roundId());
                    insert.setInt(2, sheet.seat());
                    insert.setInt(3, i);
                    insert.setString(4, ids.get(i));
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    private static void clearChildren(Connection c, String roundId, int seat) throws SQLException {
        for (String table : List.of("interviewer_scores", "interviewer_failure_modes")) {
            // The table name is one of two constants above, never input.
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE round_id = ? AND seat = ?")) {
                delete.setString(1, roundId);
                delete.setInt(2, seat);
                delete.executeUpdate();
            }
        }
    }

    /**
     * @param roundId the round's id, e.g. {@code Attempt.roundId()}
     * @return its interviewers' sheets, seat 1 first; empty when nobody interviewed it
     */
    public List<InterviewerSheet> forRound(String roundId) {
        return database.read("read the interviewer's scores", c -> {
            List<InterviewerSheet> sheets = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(SELECT_SHEETS)) {
                select.setString(1, roundId);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        int seat = row.getInt(1);
                        String verdict = row.getString(2);
                        ScoreSheet sheet = new ScoreSheet(levels(c, roundId, seat), failures(c, roundId, seat),
                                verdict == null ? null : Verdict.valueOf(verdict), row.getString(3));
                        sheets.add(new InterviewerSheet(roundId, seat, sheet, row.getString(4),
                                Instant.ofEpochMilli(row.getLong(6)), row.getInt(5) == 1));
                    }
                }
            }
            return sheets;
        });
    }

    private static Map<String, Integer> levels(Connection c, String roundId, int seat) throws SQLException {
        Map<String, Integer> levels = new LinkedHashMap<>();
        try (PreparedStatement select = c.prepareStatement(SELECT_SCORES)) {
            select.setString(1, roundId);
            select.setInt(2, seat);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    levels.put(row.getString(1), row.getInt(2));
                }
            }
        }
        return levels;
    }

    private static List<String> failures(Connection c, String roundId, int seat) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(SELECT_FAILURES)) {
            select.setString(1, roundId);
            select.setInt(2, seat);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getString(1));
                }
            }
        }
        return ids;
    }

    /**
     * @return every dimension that both the candidate (on a saved, scored attempt) and a
     *         submitted interviewer scored, oldest round first, dimensions in rubric order
     */
    public List<ScoreGap> gaps() {
        return database.read("read your scores beside your interviewers'", c -> {
            List<ScoreGap> gaps = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(SELECT_GAPS); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    gaps.add(new ScoreGap(Instant.ofEpochMilli(row.getLong(1)), row.getString(2), row.getString(3),
                            row.getInt(4), row.getDouble(5)));
                }
            }
            return gaps;
        });
    }
}
