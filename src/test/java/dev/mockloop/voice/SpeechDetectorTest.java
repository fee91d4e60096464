package dev.mockloop.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpeechDetectorTest {

    private static String flags(short[] pcm) {
        SpeechDetector detector = new SpeechDetector();
        StringBuilder flags = new StringBuilder();
        for (int at = 0; at + AudioSpec.FRAME_SAMPLES <= pcm.length; at += AudioSpec.FRAME_SAMPLES) {
            flags.append(detector.isSpeech(pcm, at, AudioSpec.FRAME_SAMPLES) ? '1' : '0');
        }
        return flags.toString();
    }

    @Test
    void aQuietRoomIsNotSpeech() {
        assertFalse(flags(TestAudio.room(10_000, -60, 1)).contains("1"));
        assertFalse(flags(new short[16 * 5_000]).contains("1"), "digital silence");
    }

    @Test
    void speechIsFoundWhereItIsAndEndsShortlyAfter() {
        short[] pcm = TestAudio.concat(TestAudio.room(2_000, -60, 1), TestAudio.speechInRoom(2),
                TestAudio.room(3_000, -60, 3));
        String flags = flags(pcm);
        int first = flags.indexOf('1');
        int last = flags.lastIndexOf('1');
        assertEquals(2_000, first * 20, 60, "speech starts with the voice");
        long speechEnd = 2_000 + TestAudio.SPEECH_MS;
        assertTrue(last * 20 >= speechEnd - 100 && last * 20 <= speechEnd + 260,
                "speech ends within the 200 ms hangover of the voice, at " + last * 20);
        String during = flags.substring(first, last + 1);
        assertTrue(during.chars().filter(c -> c == '1').count() > during.length() * 0.9,
                "gaps between words do not split the sentence: " + during);
    }

    @Test
    void aLouderRoomRaisesTheFloorSoItsHumIsNotSpeech() {
        short[] pcm = TestAudio.concat(TestAudio.room(4_000, -60, 1), TestAudio.room(6_000, -35, 2));
        String flags = flags(pcm);
        // The step up is heard as a burst until the 3 s floor window has forgotten the quiet room.
        assertFalse(flags.substring(4_000 / 20 + 3_200 / 20).contains("1"), flags);
    }
}
