package dev.mockloop.attempt;

import java.time.Instant;
import java.util.List;

/**
 * The scoring of an attempt after the round: verdict, scores and reflection. Used both for
 * an edit and for the original kept when the first edit is made.
 *
 * @param verdict    the verdict; {@code null} only for an unfinished round left unscored
 * @param scores     one per rubric dimension, in rubric order
 * @param reflection the free-text reflection
 */
public record ScoringEdit(Verdict verdict, List<DimensionScore> scores, String reflection) {

    public ScoringEdit {
        scores = List.copyOf(scores);
        reflection = reflection == null ? "" : reflection;
    }

    /** @return the scoring an attempt has now */
    public static ScoringEdit of(Attempt attempt) {
        return new ScoringEdit(attempt.verdict(), attempt.scores(), attempt.reflection());
    }

    /**
     * What an edited attempt keeps beside its current scoring.
     *
     * @param editedAt when the scoring was last edited
     * @param original the scoring as first saved
     */
    public record Revision(Instant editedAt, ScoringEdit original) {
    }
}
