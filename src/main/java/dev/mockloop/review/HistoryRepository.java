package dev.mockloop.review;

import dev.mockloop.attempt.Verdict;
import dev.mockloop.storage.Database;
import dev.mockloop.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The history list as pages: a count and a window of rows for any filter and order, so
 * a table can show 100,000 attempts while holding only the rows on screen. Every query
 * reads indexed columns of schema V5 ({@code day}, {@code duration_ms}, {@code mean_score},
 * the FTS5 index {@code attempts_fts}); none reads notes, sketches or all children.
 *
 * <p>Call it off the UI thread. Every method throws {@link StorageException} when the
 * database fails.
 */
public final class HistoryRepository {

    private static final String ROW_COLUMNS = """
            SELECT a.id, a.started_at, a.pack_id, a.question_id, a.question_title, a.framework_title,
                a.duration_ms, a.verdict, a.mean_score, a.edited_at,
                (SELECT group_concat(s.dimension_id || char(31) || s.score, char(30)) FROM attempt_scores s
                    WHERE s.attempt_id = a.id AND s.dimension_id IS NOT NULL) AS scores
            FROM attempts a""";
    // Pages read only the covering index attempts_history of schema V5; the planner would
    // otherwise pick e.g. the (pack_id, question_id) index and then read 25,000 wide rows to sort them.
    private static final String FILTERED = " FROM attempts a INDEXED BY attempts_history";
    private static final String ROWS_BY_ID = ROW_COLUMNS + " WHERE a.id IN (SELECT value FROM json_each(?))";
    private static final String TIE_BREAK = ", a.started_at DESC, a.id DESC";

    private final Database database;

    public HistoryRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * The count and the first page in one snapshot: what the table needs to open.
     *
     * @param pageSize rows in the first page, at least 1
     * @return the number of matching attempts and the first {@code pageSize} of them
     */
    public HistoryPage open(HistoryFilter filter, HistorySort sort, int pageSize) {
        return database.read("read the history", c -> new HistoryPage(count(c, filter), page(c, filter, sort, 0, pageSize)));
    }

    /** @return how many attempts match the filter */
    public int count(HistoryFilter filter) {
        return database.read("count the history", c -> count(c, filter));
    }

    /**
     * @param offset rows to skip, from 0
     * @param limit  most rows to return
     * @return the matching attempts from {@code offset} on, in the sort's order
     */
    public List<HistoryRow> page(HistoryFilter filter, HistorySort sort, int offset, int limit) {
        return database.read("read the history", c -> page(c, filter, sort, offset, limit));
    }

    /** @return every attempt at one question, newest first, at most {@code limit} */
    public List<HistoryRow> attemptsAt(String packId, String questionId, int limit) {
        return database.read("list the attempts at a question", c -> {
            try (PreparedStatement select = c.prepareStatement(ROW_COLUMNS
                    + " WHERE a.pack_id = ? AND a.question_id = ? ORDER BY a.started_at DESC, a.id DESC LIMIT ?")) {
                select.setString(1, packId);
                select.setString(2, questionId);
                select.setInt(3, limit);
                return rows(select);
            }
        });
    }

    /** @return the rubric dimensions some attempt was scored on, with their latest titles, by id */
    public List<FilterChoice> dimensions() {
        return choices("list the scored dimensions", """
                SELECT dimension_id, title, MAX(day) FROM score_days WHERE n > 0
                GROUP BY dimension_id ORDER BY dimension_id""");
    }

    /** @return the failure modes ever ticked, most often first */
    public List<FilterChoice> failureModes() {
        return choices("list the failure modes", """
                SELECT failure_mode_id, title FROM failure_mode_counts WHERE n > 0 ORDER BY n DESC, title""");
    }

    /** @return the ids of the packs attempts were made from, sorted */
    public List<String> packIds() {
        return choices("list the packs", "SELECT DISTINCT pack_id, pack_id FROM attempts ORDER BY pack_id")
                .stream().map(FilterChoice::id).toList();
    }

    /** @return every tag of an attempted or installed question, sorted */
    public List<String> tags() {
        return choices("list the tags", "SELECT DISTINCT tag, tag FROM question_tags ORDER BY tag")
                .stream().map(FilterChoice::id).toList();
    }


    /**
     * @param total how many attempts match
     * @param rows  the first page of them
     */
    public record HistoryPage(int total, List<HistoryRow> rows) {
    }

    private List<FilterChoice> choices(String operation, String sql) {
        return database.read(operation, c -> {
            List<FilterChoice> choices = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(sql); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    choices.add(new FilterChoice(row.getString(1), row.getString(2)));
                }
            }
            return List.copyOf(choices);
        });
    }

    private static int count(Connection c, HistoryFilter filter) throws SQLException {
        List<Object> params = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(countSql(filter, params))) {
            bind(select, params);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static List<HistoryRow> page(Connection c, HistoryFilter filter, HistorySort sort, int offset, int limit)
            throws SQLException {
        List<Long> ids = sort.column() == HistorySort.Column.DIMENSION
                ? ScoreOrderRepository.ids(c, filter, sort, offset, limit) : ids(c, filter, sort, offset, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        // Then the page's own rows, by id: only these are read from the wide table.
        Map<Long, HistoryRow> byId = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement(ROWS_BY_ID)) {
            select.setString(1, ids.toString());
            rows(select).forEach(r -> byId.put(r.id(), r));
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static List<Long> ids(Connection c, HistoryFilter filter, HistorySort sort, int offset, int limit)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        String order = orderBy(sort);
        params.add(limit);
        params.add(offset);
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT a.id" + FILTERED + where + order + " LIMIT ? OFFSET ?")) {
            bind(select, params);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * The count reads the smallest structure that can answer it, never the wide attempt rows:
     * <ul>
     *   <li>search words alone: the full-text index, which holds one row per attempt (its
     *       triggers keep it so), 1 ms where probing every attempt for the matches took 40 ms
     *       at 100,000 attempts;</li>
     *   <li>a failure mode (and words) alone: the failure modes' index;</li>
     *   <li>anything else: the narrow index {@code attempts_filter} of schema V10 (pack,
     *       question, verdict, day), a quarter of the size of {@code attempts_history}.</li>
     * </ul>
     * Fixed SQL fragments only; every value from the filter is a bound parameter.
     */
    static String countSql(HistoryFilter f, List<Object> params) {
        boolean narrowed = f.packId() != null || f.tag() != null || f.level() != null || f.outcome() != null
                || f.from() != null || f.to() != null;
        Optional<String> words = FtsQuery.of(f.text());
        if (!narrowed && f.failureModeId() == null && words.isPresent()) {
            params.add(words.get());
            return "SELECT COUNT(*) FROM attempts_fts WHERE attempts_fts MATCH ?";
        }
        if (!narrowed && f.failureModeId() != null) {
            params.add(f.failureModeId());
            StringBuilder sql = new StringBuilder(
                    "SELECT COUNT(DISTINCT m.attempt_id) FROM attempt_failure_modes m WHERE m.failure_mode_id = ?");
            words.ifPresent(query -> {
                sql.append(" AND m.attempt_id IN (SELECT rowid FROM attempts_fts WHERE attempts_fts MATCH ?)");
                params.add(query);
            });
            return sql.toString();
        }
        return "SELECT COUNT(*) FROM attempts a INDEXED BY attempts_filter" + where(f, params);
    }

    /** Fixed SQL fragments only; every value from the filter is a bound parameter. */
    static String where(HistoryFilter f, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (f.packId() != null) {
            sql.append(" AND a.pack_id = ?");
            params.add(f.packId());
        }
        if (f.tag() != null) {
            sql.append(" AND (a.pack_id, a.question_id) IN (SELECT pack_id, question_id FROM question_tags WHERE tag = ?)");
            params.add(f.tag());
        }
        if (f.level() != null) {
            sql.append(" AND (a.pack_id, a.question_id) IN"
                    + " (SELECT pack_id, question_id FROM question_catalog WHERE level = ?)");
            params.add(f.level().name().toLowerCase(Locale.ROOT));
        }
        if (f.outcome() == HistoryFilter.Outcome.UNFINISHED) {
            sql.append(" AND a.verdict IS NULL");
        } else if (f.outcome() != null) {
            sql.append(" AND a.verdict = ?");
            params.add(f.outcome().verdict().name());
        }
        if (f.from() != null) {
            sql.append(" AND a.day >= ?");
            params.add(f.from().toEpochDay());
        }
        if (f.to() != null) {
            sql.append(" AND a.day <= ?");
            params.add(f.to().toEpochDay());
        }
        if (f.failureModeId() != null) {
            sql.append(" AND a.id IN (SELECT attempt_id FROM attempt_failure_modes WHERE failure_mode_id = ?)");
            params.add(f.failureModeId());
        }
        FtsQuery.of(f.text()).ifPresent(query -> {
            sql.append(" AND a.id IN (SELECT rowid FROM attempts_fts WHERE attempts_fts MATCH ?)");
            params.add(query);
        });
        return sql.isEmpty() ? "" : " WHERE" + sql.substring(" AND".length());
    }

    /** The order of every column but a dimension's score ({@link ScoreOrderRepository} reads that one). */
    private static String orderBy(HistorySort sort) {
        String dir = sort.ascending() ? " ASC" : " DESC";
        String key = switch (sort.column()) {
            case DATE -> "a.started_at" + dir + ", a.id" + dir;
            case QUESTION -> "a.question_title" + dir + TIE_BREAK;
            case PACK -> "a.pack_id" + dir + TIE_BREAK;
            case FRAMEWORK -> "a.framework_title" + dir + TIE_BREAK;
            case DURATION -> "a.duration_ms" + dir + TIE_BREAK;
            case VERDICT -> "CASE a.verdict WHEN 'STRONG_NO_HIRE' THEN 1 WHEN 'NO_HIRE' THEN 2 WHEN 'LEAN_HIRE' THEN 3"
                    + " WHEN 'HIRE' THEN 4 WHEN 'STRONG_HIRE' THEN 5 END" + dir + " NULLS LAST" + TIE_BREAK;
            case MEAN_SCORE -> "a.mean_score" + dir + " NULLS LAST" + TIE_BREAK;
            case DIMENSION -> throw new IllegalArgumentException("a dimension's order is read by ScoreOrderRepository");
        };
        return " ORDER BY " + key;
    }

    private static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
    }

    private static List<HistoryRow> rows(PreparedStatement select) throws SQLException {
        List<HistoryRow> rows = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                double mean = row.getDouble("mean_score");
                if (row.wasNull()) {
                    mean = Double.NaN;
                }
                String verdict = row.getString("verdict");
                row.getLong("edited_at");
                boolean edited = !row.wasNull();
                rows.add(new HistoryRow(row.getLong("id"), Instant.ofEpochMilli(row.getLong("started_at")),
                        row.getString("pack_id"), row.getString("question_id"), row.getString("question_title"),
                        row.getString("framework_title"), row.getLong("duration_ms"),
                        verdict == null ? null : Verdict.valueOf(verdict), mean, scores(row.getString("scores")),
                        edited));
            }
        }
        return rows;
    }

    private static Map<String, Integer> scores(String packed) {
        Map<String, Integer> scores = new HashMap<>();
        if (packed != null) {
            for (String pair : packed.split("\u001e")) {
                int cut = pair.indexOf('\u001f');
                if (cut > 0) {
                    scores.put(pair.substring(0, cut), Integer.parseInt(pair.substring(cut + 1)));
                }
            }
        }
        return scores;
    }
}
