package dev.mockloop.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak at a small size for every {@code ./mvnw verify}: a few rounds, a few SIGKILLs, a
 * full disk now and then, and command-line imports alongside. {@code SoakBench} runs 200
 * rounds under {@code -Pbench}. About a minute on an idle 2-core machine.
 */
class SoakTest {

    @TempDir
    Path dir;

    @Test
    void killsDiskFullsAndImportsLoseNoSavedAttemptAndLeaveASoundDatabase() throws Exception {
        Soak.Result r = Soak.run(Files.createDirectories(dir.resolve("data")), 4, 15, 4.0, 3_000, true);

        SoakReport.print(r);
        assertTrue(r.integrity().isEmpty(), "integrity_check: " + r.integrity());
        assertEquals(0, r.lostAttempts(), "every attempt reported saved is there");
        assertTrue(r.rounds() >= 4, "rounds: " + r.rounds());
        assertTrue(r.kills() >= 1, "the child was killed at least once");
        assertTrue(r.saved() >= 1, "attempts were saved");
        // Goal 5 s; at a kill just before the next autosave, the save's own latency (times the
        // child's speed) comes on top, and a loaded CI machine adds more. Two intervals: clearly broken.
        assertTrue(r.maxLostMs() <= 10_000, "round time lost at a kill: " + r.maxLostMs() + " ms");
    }
}
