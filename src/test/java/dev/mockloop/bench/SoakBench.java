package dev.mockloop.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.soak.Soak;
import dev.mockloop.soak.SoakReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The long soak (issue 15): 200 rounds ({@code -Dsoak.rounds=N} for another count) of random
 * actions against the real database, the child JVM killed with SIGKILL every few seconds,
 * the disk filling up now and then, and real command-line imports alongside. Prints
 * {@code BENCH soak.rounds}, {@code soak.lost_attempts} (goal 0) and {@code soak.max_lost_ms}
 * (goal at most 5000), with the figures around them. About 15 minutes on 2 cores.
 * SoakTest runs the same at 4 rounds in every {@code ./mvnw verify}; the smoke run
 * ({@link Bench#smoke()}) plays one round.
 */
class SoakBench {

    @TempDir
    Path dir;

    @Test
    void soak() throws Exception {
        if (!Bench.wanted("soak.rounds")) {
            return;
        }
        Soak.Result r = Soak.run(Files.createDirectories(dir.resolve("data")), Integer.getInteger("soak.rounds", Bench.size(200, 1)),
                20_261_121L, 4.0, 4_000, true);

        SoakReport.print(r);
        assertTrue(r.integrity().isEmpty(), "integrity_check: " + r.integrity());
        assertEquals(0, r.lostAttempts(), "every attempt reported saved is there");
    }
}
