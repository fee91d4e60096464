package dev.mockloop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.Verdict;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening the data at start-up: everything the first home screen shows is read here. */
class AppContextTest {

    @TempDir
    Path dataDir;

    @Test
    void aFreshDataFolderOpensWithTheBundledPacksAndNoAttempts() {
        try (AppContext context = AppContext.open(dataDir)) {
            assertTrue(context.library().questions().size() >= 24, "questions: " + context.library().questions().size());
            assertEquals(Set.of(), context.attemptedAtOpen());
            assertEquals(List.of(), context.packProblems());
        }
    }

    @Test
    void questionsAttemptedEarlierAreKnownWhenTheDataOpens() {
        Instant start = Instant.parse("2026-11-21T09:00:00Z");
        try (AppContext context = AppContext.open(dataDir)) {
            context.attempts().save(new Attempt(null, "core", null, "q1", null, null, null, null, null,
                    start, start.plusSeconds(60), List.of(), null, null, null, List.of(), List.of(),
                    Verdict.NO_HIRE, null));
        }

        try (AppContext reopened = AppContext.open(dataDir)) {
            assertEquals(Set.of("core/q1"), reopened.attemptedAtOpen());
        }
    }
}
