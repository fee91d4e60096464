package dev.mockloop.review;

import java.util.Objects;

/**
 * The order of the history list. Ties are broken newest first, then by id, so paging
 * through a sorted list never repeats or skips an attempt.
 *
 * @param column      what to sort on
 * @param dimensionId the rubric dimension's id when {@code column} is {@link Column#DIMENSION}, else null
 * @param ascending   smallest first; attempts without a value (no score) come last either way
 */
public record HistorySort(Column column, String dimensionId, boolean ascending) {

    /** Newest first: the history's default order. */
    public static final HistorySort NEWEST_FIRST = new HistorySort(Column.DATE, null, false);

    /** The sortable columns. */
    public enum Column { DATE, QUESTION, PACK, FRAMEWORK, DURATION, VERDICT, MEAN_SCORE, DIMENSION }

    public HistorySort {
        Objects.requireNonNull(column, "column");
        if ((column == Column.DIMENSION) != (dimensionId != null)) {
            throw new IllegalArgumentException("a dimension id goes with Column.DIMENSION and only with it");
        }
    }

    /** @return the order by one rubric dimension's score */
    public static HistorySort byDimension(String dimensionId, boolean ascending) {
        return new HistorySort(Column.DIMENSION, Objects.requireNonNull(dimensionId, "dimensionId"), ascending);
    }
}
