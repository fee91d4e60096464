package dev.mockloop.ui.voice;

import dev.mockloop.voice.AudioSpec;
import dev.mockloop.voice.OggOpusReader;
import dev.mockloop.voice.OggOpusWriter;
import dev.mockloop.voice.Recording;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Recordings made for UI tests from the voice tests' speech clip. */
final class Recordings {

    private Recordings() {
    }

    static short[] speech() throws Exception {
        try (InputStream in = new BufferedInputStream(
                Recordings.class.getResourceAsStream("/dev/mockloop/voice/speech.wav"));
             AudioInputStream audio = AudioSystem.getAudioInputStream(in)) {
            byte[] bytes = audio.readAllBytes();
            short[] pcm = new short[bytes.length / 2];
            for (int i = 0; i < pcm.length; i++) {
                pcm[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8));
            }
            return pcm;
        }
    }

    /** @return one segment from round ms 0 holding {@code pcm} */
    static Recording of(Path dir, short[] pcm) throws Exception {
        Path file = dir.resolve("segment-001.opus");
        try (OggOpusWriter writer = new OggOpusWriter(file, 0)) {
            for (int at = 0; at + AudioSpec.FRAME_SAMPLES <= pcm.length; at += AudioSpec.FRAME_SAMPLES) {
                writer.writeFrame(pcm, at);
            }
        }
        return new Recording("r", List.of(OggOpusReader.read(file, 1)));
    }

    /** @return ten seconds: the speech clip at 0 s and again at 5 s, quiet between */
    static short[] tenSeconds() throws Exception {
        short[] speech = speech();
        short[] all = new short[16 * 10_000];
        System.arraycopy(speech, 0, all, 0, speech.length);
        System.arraycopy(speech, 0, all, 16 * 5_000, speech.length);
        return all;
    }

    /** @return the best Pearson correlation of {@code b} against {@code a} from {@code aFrom}, over shifts up to 8 samples */
    static double correlation(short[] a, int aFrom, short[] b, int length) {
        double best = -1;
        for (int shift = -8; shift <= 8; shift++) {
            double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
            int n = 0;
            for (int i = 0; i < length && i < b.length; i++) {
                int j = aFrom + i + shift;
                if (j < 0 || j >= a.length) {
                    continue;
                }
                double x = a[j];
                double y = b[i];
                sa += x;
                sb += y;
                saa += x * x;
                sbb += y * y;
                sab += x * y;
                n++;
            }
            double den = Math.sqrt((saa - sa * sa / n) * (sbb - sb * sb / n));
            if (den > 0) {
                best = Math.max(best, (sab - sa * sb / n) / den);
            }
        }
        return best;
    }
}
