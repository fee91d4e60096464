package dev.mockloop.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mockloop.storage.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhaseStatsRepositoryTest {

    @TempDir
    Path dir;

    private static Attempt withPhases(List<PhaseTime> phases) {
        Instant start = Instant.parse("2026-01-01T10:00:00Z");
        return new Attempt(null, "p", "1.0.0", "q", "Q", "b", "d", "f", "F", start, start.plusSeconds(60),
                phases, "", null, null, List.of(), List.of(), Verdict.HIRE, "");
    }

    @Test
    void averageOverrunPerPhaseLeavesOutPhasesNeverReached() {
        try (Database database = Database.open(dir.resolve("m.db"))) {
            AttemptRepository attempts = new AttemptRepository(database);
            attempts.save(withPhases(List.of(
                    new PhaseTime("hld", "High-level design", 600_000, 900_000),
                    new PhaseTime("wrap", "Wrap-up", 180_000, 60_000))));
            attempts.save(withPhases(List.of(
                    new PhaseTime("hld", "High-level design", 600_000, 800_000),
                    new PhaseTime("wrap", "Wrap-up", 180_000, 0))));

            List<PhaseOverrun> overruns = new PhaseStatsRepository(database).averageOverruns();

            assertEquals(List.of(
                    new PhaseOverrun("High-level design", 250_000, 2),
                    new PhaseOverrun("Wrap-up", -120_000, 1)), overruns);
        }
    }
}
