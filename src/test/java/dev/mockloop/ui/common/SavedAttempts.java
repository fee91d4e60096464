package dev.mockloop.ui.common;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.DimensionScore;
import dev.mockloop.attempt.FailureModeHit;
import dev.mockloop.attempt.PhaseTime;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.Dimension;
import dev.mockloop.pack.LibraryQuestion;
import java.time.Instant;
import java.util.List;

/** Attempts at real bundled questions, as a finished round would save them, for view-model tests. */
public final class SavedAttempts {

    private SavedAttempts() {
    }

    /**
     * @param level   the score given on every rubric dimension, 1 to 4
     * @param verdict the verdict, or null for an unfinished round
     * @return an attempt of 45 minutes from {@code start}, with the pack's rubric scored at {@code level}
     */
    public static Attempt of(LibraryQuestion question, Instant start, int level, Verdict verdict) {
        List<DimensionScore> scores = verdict == null ? List.of()
                : question.pack().pack().rubric().dimensions().stream().map(d -> score(d, level)).toList();
        List<FailureModeHit> failures = verdict == null || question.pack().pack().failureModes().isEmpty() ? List.of()
                : List.of(new FailureModeHit(question.pack().pack().failureModes().get(0).id(),
                        question.pack().pack().failureModes().get(0).title()));
        return new Attempt(null, question.pack().pack().id(), question.pack().pack().version(), question.question().id(),
                question.question().title(), question.question().behavioral().prompt(),
                question.question().design().prompt(), question.framework().id(), question.framework().title(), start,
                start.plusSeconds(45 * 60),
                List.of(new PhaseTime("requirements", "Requirements", 300_000, 540_000),
                        new PhaseTime("high-level", "High-level design", 900_000, 800_000)),
                "notes for " + question.question().title(), null, null, scores, failures, verdict,
                "reflection on " + question.question().title());
    }

    /**
     * @param activeMs the time spent in the one phase, ms
     * @return an unfinished round of that length from {@code start}, in one phase, unscored
     */
    public static Attempt unfinished(LibraryQuestion question, Instant start, long activeMs) {
        Attempt a = of(question, start, 0, null);
        return new Attempt(null, a.packId(), a.packVersion(), a.questionId(), a.questionTitle(), a.behavioralPrompt(),
                a.designPrompt(), a.frameworkId(), a.frameworkTitle(), start, start.plusMillis(activeMs),
                List.of(new PhaseTime("requirements", "Requirements", 300_000, activeMs)), a.notes(), null, null,
                List.of(), List.of(), null, a.reflection());
    }

    private static DimensionScore score(Dimension d, int level) {
        return new DimensionScore(d.id(), d.title(), level, d.levels().get(level));
    }
}
