package dev.mockloop.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mockloop.session.ManualTicker;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records through the JDK's real ALSA capture path, fed from a known WAV by {@link AlsaHarness}. */
class RoundRecorderTest {

    @TempDir
    Path data;

    private final ManualTicker ticker = new ManualTicker();
    private short[] heard;

    @BeforeEach
    void feedTheMicrophone() throws Exception {
        assumeTrue(AlsaHarness.available(), "needs the ALSA test harness (Linux, ALSA_CONFIG_PATH set by Surefire)");
        heard = TestAudio.concat(TestAudio.room(1_000, -60, 1), TestAudio.speechInRoom(2), TestAudio.room(2_000, -60, 3),
                TestAudio.speechInRoom(4), TestAudio.room(4_000, -60, 5));
        AlsaHarness.feed(heard);
    }

    private RoundRecorder recorder() {
        Path folder = RecordingFolder.of(data, "round-1");
        Microphones microphones = new Microphones();
        return new RoundRecorder("round-1", folder, () -> microphones.open(""), ticker);
    }

    @Test
    void theRoundsAudioIsRecordedFromTheMicrophoneInTwoSecondChunks() throws Exception {
        RoundRecorder recorder = recorder();
        recorder.start(0);
        recorder.pump();  // the line opens as the round starts
        for (int s = 0; s < 7; s++) {
            ticker.advanceMillis(1_000);
            recorder.pump();
        }
        assertEquals(RecorderStatus.State.RECORDING, recorder.status().state(), recorder.status().message());
        recorder.stop();
        recorder.pump();
        assertEquals(RecorderStatus.State.STOPPED, recorder.status().state());

        List<ChunkRecord> chunks = RecordingLoader.chunks(recorder.folder());
        assertEquals(List.of(0L, 32_000L, 64_000L, 96_000L), chunks.stream().map(ChunkRecord::firstSample).toList(),
                "a chunk every 2 s, the last one cut at the stop");
        assertEquals(List.of(2_000L, 4_000L, 6_000L, 7_000L), chunks.stream().map(ChunkRecord::clockMs).toList());

        Recording recording = RecordingLoader.load(recorder.folder(), "round-1");
        assertEquals(1, recording.segments().size());
        assertEquals(7_000, recording.endMs(), 20);
        short[] back = TestAudio.decode(recording, 1_000, 3_000);
        double r = TestAudio.correlation(heard, 16_000, back, 0, back.length, 8);
        assertTrue(r > 0.8, "what was recorded is what the microphone heard, correlation " + r);
    }

    @Test
    void pauseStopsTheRecordingAndResumeCarriesOnAtTheRoundsClock() throws Exception {
        RoundRecorder recorder = recorder();
        recorder.start(0);
        recorder.pump();  // the line opens as the round starts
        ticker.advanceMillis(3_000);
        recorder.pump();
        recorder.pause();
        ticker.advanceMillis(20_000);  // a long pause: the round's clock stands still at 3 s
        recorder.pump();
        assertEquals(RecorderStatus.State.PAUSED, recorder.status().state());
        recorder.start(3_000);
        recorder.pump();  // the line opens as the round starts
        ticker.advanceMillis(4_000);
        recorder.pump();
        recorder.stop();
        recorder.pump();

        Recording recording = RecordingLoader.load(recorder.folder(), "round-1");
        assertEquals(List.of(0L, 3_000L), recording.segments().stream().map(Segment::startRoundMs).toList());
        assertEquals(7_000, recording.endMs(), 20, "pauses take no room on the recording's timeline");
        // The microphone heard nothing it was not asked for: round 5 s is 5 s into what it heard.
        short[] back = TestAudio.decode(recording, 5_000, 1_500);
        double r = TestAudio.correlation(heard, 5 * 16_000, back, 0, back.length, 8);
        assertTrue(r > 0.8, "correlation " + r);
    }

    @Test
    void aRecorderFarBehindTheClockStartsAgainAtTheClocksTimeInsteadOfEncodingABacklog() throws Exception {
        RoundRecorder recorder = recorder();
        recorder.start(0);
        recorder.pump();
        ticker.advanceMillis(2_000);
        recorder.pump();
        ticker.advanceMillis(7 * 60_000);  // the machine was suspended for seven minutes mid-round
        recorder.pump();
        ticker.advanceMillis(1_000);
        recorder.pump();
        recorder.stop();
        recorder.pump();

        Recording recording = RecordingLoader.load(recorder.folder(), "round-1");
        assertEquals(List.of(0L, 422_000L), recording.segments().stream().map(Segment::startRoundMs).toList());
        assertEquals(423_000, recording.endMs(), 20, "the new segment keeps to the round's clock");
        assertEquals(3_000, recording.audibleMs(), 40);
    }

    @Test
    void aRecorderOnAFolderWithSegmentsCarriesOnWithTheNextOne() throws Exception {
        RoundRecorder first = recorder();
        first.start(0);
        first.pump();  // the line opens as the round starts
        ticker.advanceMillis(2_500);
        first.pump();
        first.stop();
        first.pump();
        RoundRecorder resumed = recorder();
        resumed.start(2_000);
        resumed.pump();  // the line opens as the round starts
        ticker.advanceMillis(2_000);
        resumed.pump();
        resumed.stop();
        resumed.pump();

        Recording recording = RecordingLoader.load(first.folder(), "round-1");
        assertEquals(List.of(1, 2), recording.segments().stream().map(Segment::number).toList());
        assertEquals(List.of(new Recording.Span(0, 0, 2_000), new Recording.Span(1, 2_000, 4_000)), recording.spans());
    }
}
