package dev.mockloop.coach;

import java.util.Objects;

/**
 * The coach's finding for one answer-key item.
 *
 * @param item     the item
 * @param covered  whether the coach saw it covered: {@code score} reached the coach's threshold
 * @param score    how strongly the best piece of the candidate's text matches the item, 0 to 1
 * @param evidence for a covered item, the piece of the candidate's text that covers it best and
 *                 where it is; {@code null} for a missed item
 */
public record ItemResult(KeyItem item, boolean covered, double score, Evidence evidence) {

    /** @throws IllegalArgumentException if the score is outside 0..1 */
    public ItemResult {
        Objects.requireNonNull(item, "item");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be within 0..1, was " + score);
        }
    }
}
