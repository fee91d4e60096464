package dev.mockloop.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mockloop.session.ManualTicker;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real JVM recording a round is killed with SIGKILL: what it flushed is readable, at most
 * 5 s of the round is missing, and the resumed round carries the recording on.
 */
class KillMidRecordingTest {

    @TempDir
    Path data;

    @Test
    void aKilledRecordingLosesAtMostFiveSecondsAndTheResumedRoundCarriesItOn() throws Exception {
        assumeTrue(AlsaHarness.available(), "needs the ALSA test harness (Linux, ALSA_CONFIG_PATH set by Surefire)");
        short[] heard = TestAudio.concat(TestAudio.speechInRoom(1), TestAudio.room(1_000, -60, 2), TestAudio.speechInRoom(3),
                TestAudio.room(1_000, -60, 4), TestAudio.speechInRoom(5), TestAudio.room(20_000, -60, 6));
        AlsaHarness.feed(heard);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                CrashingRecorderMain.class.getName(), data.toString(), "round-k").redirectErrorStream(true).start();
        long killedAtMs = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("CLOCK ")) {
                    String[] parts = line.split(" ");
                    long clock = Long.parseLong(parts[1]);
                    long captured = Long.parseLong(parts[2]);
                    // Killed mid-chunk, once the recorder keeps up with the clock (a loaded CI
                    // machine may take a while to compile the encoder): what is lost is then what
                    // the design loses, the chunk not yet flushed.
                    if (clock >= 7_300 && clock - captured < 300 && "RECORDING".equals(parts[3])) {
                        killedAtMs = clock;
                        break;
                    }
                }
            }
            child.destroyForcibly();  // SIGKILL: no shutdown hook, no finally, no last flush
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertTrue(killedAtMs > 0, "the child recorded");

        Path folder = RecordingFolder.of(data, "round-k");
        Recording killed = RecordingLoader.load(folder, "round-k");
        long lostMs = killedAtMs - killed.endMs();
        System.out.println("VOICE kill-9 loss " + lostMs + " ms (killed at round " + killedAtMs + " ms, audio to "
                + killed.endMs() + " ms)");
        assertTrue(lostMs <= 5_000, "lost " + lostMs + " ms");
        assertTrue(killed.audibleMs() >= 2_000, "at least one chunk reached the disk");
        // The microphone opened a moment after the round started: the audio begins there.
        short[] back = TestAudio.decode(killed, killed.segments().get(0).startRoundMs(), 2_000);
        assertTrue(TestAudio.correlation(heard, 0, back, 0, back.length, 8) > 0.8, "the flushed audio is the speech heard");
        List<ChunkRecord> chunks = RecordingLoader.chunks(folder);
        assertEquals(killed.segments().stream().mapToLong(Segment::samples).sum(),
                chunks.stream().mapToLong(ChunkRecord::samples).sum(), "every flushed chunk has its line in the chunk log");

        // The app starts again and resumes the round from its last autosave, a little before
        // the last chunk that reached the disk: the resumed round records that time again.
        long resumeAt = killed.endMs() - 2_000;
        int next = killed.segments().get(killed.segments().size() - 1).number() + 1;
        AlsaHarness.feed(heard);
        ManualTicker ticker = new ManualTicker();
        Microphones microphones = new Microphones();
        RoundRecorder resumed = new RoundRecorder("round-k", folder, () -> microphones.open(""), ticker);
        resumed.start(resumeAt);
        resumed.pump();
        ticker.advanceMillis(3_000);
        resumed.pump();
        resumed.stop();
        resumed.pump();
        Recording both = RecordingLoader.load(folder, "round-k");
        assertEquals(next, both.segments().get(both.segments().size() - 1).number(), "the next segment");
        assertEquals(new Recording.Span(both.segments().size() - 1, resumeAt, resumeAt + 3_000),
                both.spans().get(both.spans().size() - 1), "the resumed round's audio takes over from its resume point");
        assertEquals(resumeAt + 3_000, both.endMs());
    }
}
