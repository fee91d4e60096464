package dev.mockloop.coach;

import java.util.Objects;

/**
 * The coach's finding for one answer-key item.
 *
 * @param item     the item
 * @param covered  whether the coach saw it covered: {@code score} reached the coach's threshold
 * @param score    how strongly the best piece of the candidate's text matches the item, 0 to 1
 * @param evidence that best piece of text and where it is, or {@code null} when the candidate
 *                 left nothing that matches at all; set for a missed item too (the closest text)
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
