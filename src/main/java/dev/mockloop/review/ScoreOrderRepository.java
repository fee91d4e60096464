package dev.mockloop.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A page of the history in the order of one rubric dimension's score, read score by score:
 * a score is 1 to 4 (schema V1 checks it), so the order is the attempts scored 1 (or 4, when
 * descending), newest first, then the next score, and the unscored last. Each score is an
 * early-stopping walk of {@code attempts_history} newest first, so a page reads only as far
 * as it needs; sorting every matching attempt by its looked-up score took 25 to 50 ms at
 * 100,000 attempts (BENCHMARKS.md, {@code history.filter_100k}). A page further down counts
 * the scores it skips whole, on the narrow index {@code attempts_filter}.
 */
final class ScoreOrderRepository {

    private static final String SCORE =
            "(SELECT s.score FROM attempt_scores s WHERE s.attempt_id = a.id AND s.dimension_id = ?)";
    private static final Integer[] ASCENDING = {1, 2, 3, 4, null};
    private static final Integer[] DESCENDING = {4, 3, 2, 1, null};

    private ScoreOrderRepository() {
    }

    /**
     * @param offset rows to skip, from 0
     * @param limit  most ids to return
     * @return the ids of the matching attempts from {@code offset} on, in the sort's order
     */
    static List<Long> ids(Connection c, HistoryFilter filter, HistorySort sort, int offset, int limit)
            throws SQLException {
        List<Long> ids = new ArrayList<>();
        int skip = offset;
        for (Integer score : sort.ascending() ? ASCENDING : DESCENDING) {
            if (ids.size() >= limit) {
                break;
            }
            List<Long> got = scored(c, filter, sort.dimensionId(), score, skip, limit - ids.size());
            if (got.isEmpty() && skip > 0) {
                skip = Math.max(0, skip - count(c, filter, sort.dimensionId(), score));
            } else {
                ids.addAll(got);
                skip = 0;
            }
        }
        return ids;
    }

    private static List<Long> scored(Connection c, HistoryFilter filter, String dimensionId, Integer score, int offset,
                                     int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT a.id FROM attempts a INDEXED BY attempts_history" + where(filter, dimensionId, score, params)
                + " ORDER BY a.started_at DESC, a.id DESC LIMIT ? OFFSET ?";
        params.addAll(Arrays.asList(limit, offset));
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(sql)) {
            bind(select, params);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
        }
        return ids;
    }

    private static int count(Connection c, HistoryFilter filter, String dimensionId, Integer score)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM attempts a INDEXED BY attempts_filter"
                + where(filter, dimensionId, score, params);
        try (PreparedStatement select = c.prepareStatement(sql)) {
            bind(select, params);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** The filter's conditions and this score's (null: no score); fixed fragments, values bound. */
    private static String where(HistoryFilter filter, String dimensionId, Integer score, List<Object> params) {
        String where = HistoryRepository.where(filter, params);
        params.add(dimensionId);
        if (score != null) {
            params.add(score);
        }
        return where + (where.isEmpty() ? " WHERE " : " AND ") + SCORE + (score == null ? " IS NULL" : " = ?");
    }

    private static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
    }
}
