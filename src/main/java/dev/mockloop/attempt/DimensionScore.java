package dev.mockloop.attempt;

/**
 * The self-score on one rubric dimension.
 *
 * @param dimensionId the dimension's id in the pack's rubric
 * @param title       the dimension's title, kept with the attempt
 * @param score       the level the user chose, 1 (below the bar) to 4 (well above it)
 * @param descriptor  the descriptor of that level as the pack worded it when scored
 * @throws IllegalArgumentException if {@code score} is outside 1..4
 */
public record DimensionScore(String dimensionId, String title, int score, String descriptor) {
    public DimensionScore {
        if (score < 1 || score > 4) {
            throw new IllegalArgumentException("score must be 1 to 4, was " + score);
        }
    }
}
