package dev.mockloop.coach;

/**
 * Where the self-score and the coach's reading of the same dimension part ways.
 *
 * @param dimensionId the rubric dimension's id
 * @param selfLevel   the level the candidate gave, 1 to 4
 * @param coachLevel  the coach's suggested level, 1 to 4
 * @param message     one sentence for the scoring screen, e.g. "You gave Requirements and
 *                    scope 4; the coach saw 1 of 4 clarifying questions settled."
 */
public record Disagreement(String dimensionId, int selfLevel, int coachLevel, String message) {
}
