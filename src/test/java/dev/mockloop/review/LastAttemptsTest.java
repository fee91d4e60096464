package dev.mockloop.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Surprise me" learns from the database when each question was last attempted. */
class LastAttemptsTest {

    @TempDir
    Path dir;

    @Test
    void eachQuestionMapsToTheStartOfItsLatestAttempt() {
        try (Database database = Database.open(dir.resolve("m.db"))) {
            AttemptRepository attempts = new AttemptRepository(database,
                    Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC));
            attempts.save(TestAttempts.at("p", "a").start("2026-03-01T10:00:00Z").build());
            attempts.save(TestAttempts.at("p", "a").start("2026-03-12T10:00:00Z").build());
            attempts.save(TestAttempts.at("p", "a").start("2026-03-05T10:00:00Z").build());
            attempts.save(TestAttempts.at("p", "b").start("2026-02-01T08:30:00Z").verdict(null).build());

            Map<String, Instant> last = new PracticeRepository(database).lastAttempts();

            assertEquals(Map.of("p/a", Instant.parse("2026-03-12T10:00:00Z"),
                    "p/b", Instant.parse("2026-02-01T08:30:00Z")), last);
        }
    }
}
