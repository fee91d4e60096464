package dev.mockloop.attempt;

import java.time.Duration;
import java.time.Instant;

/**
 * One row of the history list: enough to recognise an attempt without loading its
 * sketch or notes.
 *
 * @param id            database id
 * @param startedAt     wall-clock start of the round
 * @param questionTitle the question's title
 * @param packId        the pack's id
 * @param duration      time spent in phases, pauses excluded
 * @param verdict       the overall verdict, or {@code null} for an unfinished round
 * @param meanScore     the mean dimension score, 1.0 to 4.0, or NaN with no scores
 */
public record AttemptSummary(
        long id,
        Instant startedAt,
        String questionTitle,
        String packId,
        Duration duration,
        Verdict verdict,
        double meanScore) {
}
