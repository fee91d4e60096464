package dev.mockloop.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mockloop.attempt.PhaseTime;
import dev.mockloop.attempt.ProbeResponse;
import dev.mockloop.session.ManualTicker;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures of a round recorded from a WAV whose speech and silences are known. */
class TalkFiguresTest {

    @TempDir
    Path data;

    @Test
    void talkTimeSilencesAndResponseTimesComeFromTheRecording() throws Exception {
        assumeTrue(AlsaHarness.available(), "needs the ALSA test harness (Linux, ALSA_CONFIG_PATH set by Surefire)");
        // 1 s quiet, 3.44 s speech, 2 s quiet, 3.44 s speech, 4.12 s quiet: 14 s in all.
        AlsaHarness.feed(TestAudio.concat(TestAudio.room(1_000, -60, 1), TestAudio.speechInRoom(2),
                TestAudio.room(2_000, -60, 3), TestAudio.speechInRoom(4), TestAudio.room(4_120, -60, 5)));
        ManualTicker ticker = new ManualTicker();
        Microphones microphones = new Microphones();
        RoundRecorder recorder = new RoundRecorder("r", RecordingFolder.of(data, "r"), () -> microphones.open(""), ticker);
        recorder.start(0);
        recorder.pump();
        for (int s = 0; s < 14; s++) {
            ticker.advanceMillis(1_000);
            recorder.pump();
        }
        recorder.stop();
        recorder.pump();

        Recording recording = RecordingLoader.load(recorder.folder(), "r");
        SpeechTrack track = SpeechTrack.of(recording, RecordingLoader.chunks(recorder.folder()));
        TalkFigures figures = TalkAnalysis.figures(track,
                List.of(new PhaseTime("intro", "Introduction", 6_000, 6_000), new PhaseTime("design", "Design", 8_000, 8_000)),
                List.of(new ProbeResponse("What if the cache dies?", "intro", 5_000, 900L),
                        new ProbeResponse("How do you shard it?", "design", 12_000, null),
                        new ProbeResponse("Skipped", "design", ProbeResponse.NEVER_SHOWN, null)));

        long speech = TestAudio.SPEECH_MS;
        assertEquals(14_000, figures.recordedMs());
        assertEquals(2 * speech, figures.talkMs(), 2 * 250, "both sentences, each with its 200 ms hangover at most");
        assertEquals(2 * speech / 14_000.0, figures.talkShare(), 0.04);
        assertEquals(4_120, figures.longestSilenceMs(), 250, "the quiet at the end");
        assertEquals(speech, figures.phases().get(0).talkMs(), 250, "the first sentence in the first phase");
        assertEquals(speech, figures.phases().get(1).talkMs(), 250);
        assertEquals(2, figures.probes().size(), "a skipped probe has no card and no response time");
        assertEquals(1_000 + speech + 2_000 - 5_000, figures.probes().get(0).responseMs(), 60,
                "from the card at 5 s to the second sentence");
        assertNull(figures.probes().get(1).responseMs(), "no speech after the card at 12 s");
    }
}
