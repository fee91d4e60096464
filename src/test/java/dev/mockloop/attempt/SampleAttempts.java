package dev.mockloop.attempt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

/** Attempts for tests, and a field-by-field comparison (record equals compares arrays by identity). */
public final class SampleAttempts {

    static final Instant START = Instant.parse("2025-03-14T09:00:00.123Z");

    private SampleAttempts() {
    }

    /** An attempt with every field set, children in a deliberate non-sorted order. */
    public static Attempt full() {
        return full("core", "url-shortener", START, List.of(3, 2, 4));
    }

    static Attempt full(String packId, String questionId, Instant startedAt, List<Integer> scores) {
        return new Attempt(null, packId, "1.2.0", questionId, "Design a URL shortener",
                "Tell me about a time you disagreed with your lead.",
                "Design a service like bit.ly; 100M new links a day.",
                "hellointerview", "Hello Interview delivery framework",
                startedAt, startedAt.plusSeconds(45 * 60),
                List.of(new PhaseTime("requirements", "Requirements", 300_000, 412_345, 61_000, 2),
                        new PhaseTime("entities", "Core entities", 120_000, 90_000),
                        new PhaseTime("api", "API", 300_000, 301_000)),
                "notes; with 'quotes', \"doubles\" and ünïcode ✓\nsecond line",
                "{\"strokes\":[{\"points\":[[1,2],[3,4]]}]}",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xFF},
                scores.stream().map(s -> new DimensionScore("dim-" + s, "Dimension " + s, s,
                        "Descriptor of level " + s)).toList(),
                List.of(new FailureModeHit("no-capacity", "Skipped capacity estimates"),
                        new FailureModeHit("api-late", "API came too late")),
                Verdict.LEAN_HIRE,
                "Spent too long on requirements.",
                List.of(new ProbeResponse("What if the key space runs out?", "api", 700_000, 8_250L),
                        new ProbeResponse("Hot links?", "api", 900_000, null)));
    }

    /** Only what the record requires; everything optional left null or empty. */
    static Attempt minimal() {
        return new Attempt(null, "core", null, "q1", null, null, null, null, null,
                START, START.plusSeconds(60), List.of(), null, null, null, List.of(), List.of(),
                Verdict.NO_HIRE, null);
    }

    static void assertSameAttempt(Attempt expected, Attempt actual) {
        assertEquals(expected.id(), actual.id(), "id");
        assertEquals(expected.packId(), actual.packId(), "packId");
        assertEquals(expected.packVersion(), actual.packVersion(), "packVersion");
        assertEquals(expected.questionId(), actual.questionId(), "questionId");
        assertEquals(expected.questionTitle(), actual.questionTitle(), "questionTitle");
        assertEquals(expected.behavioralPrompt(), actual.behavioralPrompt(), "behavioralPrompt");
        assertEquals(expected.designPrompt(), actual.designPrompt(), "designPrompt");
        assertEquals(expected.frameworkId(), actual.frameworkId(), "frameworkId");
        assertEquals(expected.frameworkTitle(), actual.frameworkTitle(), "frameworkTitle");
        assertEquals(expected.startedAt(), actual.startedAt(), "startedAt");
        assertEquals(expected.endedAt(), actual.endedAt(), "endedAt");
        assertEquals(expected.probes(), actual.probes(), "probes");
        assertEquals(expected.phases(), actual.phases(), "phases");
        assertEquals(expected.notes(), actual.notes(), "notes");
        assertEquals(expected.sketchJson(), actual.sketchJson(), "sketchJson");
        assertArrayEquals(expected.sketchPng(), actual.sketchPng(), "sketchPng");
        assertEquals(expected.scores(), actual.scores(), "scores");
        assertEquals(expected.failureModes(), actual.failureModes(), "failureModes");
        assertEquals(expected.verdict(), actual.verdict(), "verdict");
        assertEquals(expected.reflection(), actual.reflection(), "reflection");
    }
}
