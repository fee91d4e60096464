package dev.mockloop.coach;

/**
 * The coach's second opinion on one rubric dimension, read from coverage.
 *
 * @param dimensionId the rubric dimension's id
 * @param title       its title, e.g. "Requirements and scope"
 * @param basis       what the level was read from
 * @param covered     how many of those items were covered
 * @param total       how many there are (at least 1)
 * @param level       the suggested level, 1 to 4: covered share under 1/4 gives 1, under 1/2
 *                    gives 2, under 3/4 gives 3, else 4
 * @param barExpect   the lowest level meeting the dimension's bar at the question's level
 *                    ({@code Dimension.barFor}), or 0 when the pack states no bar
 */
public record DimensionSuggestion(String dimensionId, String title, Basis basis, int covered, int total, int level,
                                  int barExpect) {

    /** @return e.g. "1 of 4 clarifying questions settled" */
    public String seen() {
        return covered + " of " + total + " " + basis.phrase();
    }

    /** @return the level for a covered share: quarters of 0..1 mapped to 1..4 */
    static int levelFor(int covered, int total) {
        double share = (double) covered / total;
        return share < 0.25 ? 1 : share < 0.5 ? 2 : share < 0.75 ? 3 : 4;
    }
}
