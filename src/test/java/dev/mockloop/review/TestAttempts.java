package dev.mockloop.review;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.DimensionScore;
import dev.mockloop.attempt.FailureModeHit;
import dev.mockloop.attempt.PhaseTime;
import dev.mockloop.attempt.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Attempts built field by field for the review tests. */
final class TestAttempts {

    private String packId = "mockloop.bar-raiser";
    private String questionId = "q1";
    private String title = "Design a URL shortener";
    private Instant start = Instant.parse("2026-03-10T09:00:00Z");
    private final List<DimensionScore> scores = new ArrayList<>();
    private final List<FailureModeHit> failures = new ArrayList<>();
    private final List<PhaseTime> phases = new ArrayList<>();
    private Verdict verdict = Verdict.HIRE;
    private String notes = "";
    private String reflection = "";

    static TestAttempts at(String packId, String questionId) {
        TestAttempts a = new TestAttempts();
        a.packId = packId;
        a.questionId = questionId;
        return a;
    }

    TestAttempts title(String value) {
        title = value;
        return this;
    }

    TestAttempts start(String iso) {
        start = Instant.parse(iso);
        return this;
    }

    TestAttempts score(String dimensionId, int score) {
        scores.add(new DimensionScore(dimensionId, "Title of " + dimensionId, score, "level " + score));
        return this;
    }

    TestAttempts failure(String id) {
        failures.add(new FailureModeHit(id, "Title of " + id));
        return this;
    }

    TestAttempts phase(String title, long plannedMs, long actualMs) {
        phases.add(new PhaseTime(title.toLowerCase(), title, plannedMs, actualMs));
        return this;
    }

    TestAttempts verdict(Verdict value) {
        verdict = value;
        return this;
    }

    TestAttempts notes(String value) {
        notes = value;
        return this;
    }

    TestAttempts reflection(String value) {
        reflection = value;
        return this;
    }

    Attempt build() {
        return new Attempt(null, packId, "1.0.0", questionId, title, "Tell me about a time…", "Design it.",
                "paired-45", "Paired 45", start, start.plusSeconds(2700), phases, notes, null, null, scores,
                failures, verdict, reflection);
    }
}
