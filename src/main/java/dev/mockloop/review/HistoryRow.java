package dev.mockloop.review;

import dev.mockloop.attempt.Verdict;
import java.time.Instant;
import java.util.Map;

/**
 * One line of the history table: what recognises an attempt and what it is sorted on,
 * without its notes, sketch or children.
 *
 * @param id             the attempt's id
 * @param startedAt      wall-clock start of the round
 * @param packId         the pack's id
 * @param questionId     the question's id in the pack
 * @param questionTitle  the question's title as asked
 * @param frameworkTitle the framework the round ran on
 * @param durationMs     time spent in phases, pauses excluded, ms
 * @param verdict        the verdict, or {@code null} for an unfinished round
 * @param meanScore      the mean dimension score, 1.0 to 4.0, or NaN with no scores
 * @param scores         score 1 to 4 by rubric dimension id
 * @param edited         whether scores or reflection were edited after the round
 */
public record HistoryRow(long id, Instant startedAt, String packId, String questionId, String questionTitle,
                         String frameworkTitle, long durationMs, Verdict verdict, double meanScore,
                         Map<String, Integer> scores, boolean edited) {

    public HistoryRow {
        scores = Map.copyOf(scores);
    }

    /** @return the score on one dimension, or {@code null} if the attempt has none there */
    public Integer score(String dimensionId) {
        return scores.get(dimensionId);
    }

    /** @return {@code packId/questionId}, as the pack library keys questions */
    public String questionKey() {
        return packId + "/" + questionId;
    }
}
