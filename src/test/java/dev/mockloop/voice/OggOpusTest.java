package dev.mockloop.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OggOpusTest {

    @TempDir
    Path dir;

    private static Path write(Path file, short[] pcm, long startRoundMs) throws Exception {
        try (OggOpusWriter writer = new OggOpusWriter(file, startRoundMs)) {
            for (int at = 0; at + AudioSpec.FRAME_SAMPLES <= pcm.length; at += AudioSpec.FRAME_SAMPLES) {
                writer.writeFrame(pcm, at);
                if ((at / AudioSpec.FRAME_SAMPLES + 1) % 100 == 0) {
                    writer.flushChunk();
                }
            }
        }
        return file;
    }

    @Test
    void speechComesBackRecognisablyAtItsPlaceOnTheRoundClock() throws Exception {
        short[] speech = TestAudio.speech();
        Segment segment = OggOpusReader.read(write(dir.resolve("s.opus"), speech, 12_000), 1);
        assertEquals(12_000, segment.startRoundMs());
        assertEquals(speech.length / AudioSpec.FRAME_SAMPLES * AudioSpec.FRAME_MS, segment.durationMs(), 20);

        short[] back = TestAudio.decode(new Recording("r", java.util.List.of(segment)), 12_000, 3_000);
        double r = TestAudio.correlation(speech, 0, back, 0, back.length, 8);
        assertTrue(r > 0.8, "decoded speech matches the original, correlation " + r);
    }

    @Test
    void aFileCutShortByAKillIsReadUpToItsLastWholeChunk() throws Exception {
        short[] speech = TestAudio.concat(TestAudio.speech(), TestAudio.speech());
        Path file = write(dir.resolve("s.opus"), speech, 0);
        byte[] whole = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.opus");
        Files.write(cut, Arrays.copyOf(whole, whole.length - 700));

        Segment segment = OggOpusReader.read(cut, 1);
        // The file flushed a chunk every 2 s: the cut took part of the last page only.
        assertEquals(6_000, segment.durationMs(), 100);
        short[] back = TestAudio.decode(new Recording("r", java.util.List.of(segment)), 1_000, 2_000);
        assertTrue(TestAudio.correlation(speech, 16_000, back, 0, back.length, 8) > 0.8);
    }

    @Test
    void laterSegmentWinsWhereARecoveredRoundRecordedTheSameTimeAgain() {
        Segment before = new Segment(1, 0, 0, java.util.List.of(), 16 * 9_000, 0);
        Segment after = new Segment(2, 6_000, 0, java.util.List.of(), 16 * 4_000, 0);
        var spans = new Recording("r", java.util.List.of(before, after)).spans();
        assertEquals(java.util.List.of(new Recording.Span(0, 0, 6_000), new Recording.Span(1, 6_000, 10_000)), spans);
    }
}
