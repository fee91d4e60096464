package dev.mockloop.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.app.AppContext;
import dev.mockloop.session.ManualTicker;
import dev.mockloop.session.Round;
import dev.mockloop.session.RoundDraft;
import dev.mockloop.session.TimerState;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real JVM killed with SIGKILL mid-round leaves a draft the next start can resume. */
class KillMidRoundTest {

    @TempDir
    Path dataDir;

    @Test
    void roundKilledMidwayIsResumedWithNotesSketchAndTimePaused() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true", CrashingRoundMain.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        long lastSavedElapsed = -1;
        int saves = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            // Wait for the save at start plus one periodic save (about 5 s later).
            String line;
            while (saves < 2 && (line = out.readLine()) != null) {
                if (line.startsWith("SAVED ")) {
                    saves++;
                    lastSavedElapsed = Long.parseLong(line.substring(6));
                }
            }
            child.destroyForcibly();  // SIGKILL on Linux and macOS: no shutdown hooks, no finally blocks
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertEquals(2, saves, "the child autosaved at start and again after 5 s");
        assertTrue(lastSavedElapsed >= 4_900, "periodic save came about 5 s in: " + lastSavedElapsed);

        try (AppContext restarted = AppContext.open(dataDir)) {
            RoundDraft draft = restarted.draft().orElseThrow();
            assertEquals(lastSavedElapsed, draft.elapsedMs());
            var question = restarted.library().question(draft.packId(), draft.questionId()).orElseThrow();
            Round round = Round.restore(draft, question, new ManualTicker(), Clock.systemUTC());
            assertEquals(TimerState.PAUSED, round.timer().state(), "resumed rounds wait for the user");
            assertEquals(1, round.timer().currentPhase());
            assertEquals(lastSavedElapsed, round.timer().snapshot().roundElapsedMs());
            assertEquals("numbers before boxes", round.notes());
            assertEquals(1, round.sketch().strokes().size());
        }
    }
}
