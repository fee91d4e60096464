package dev.mockloop.voice;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.util.Random;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Test signals at 16 kHz mono. {@code speech.wav} is espeak-ng saying "We put a cache in front
 * of the database to cut read latency" (3.44 s, trimmed to the voice at both ends, peak -3 dB),
 * made with {@code espeak-ng -s 160 -w a.wav "..."} and {@code sox a.wav -r 16000 -c 1 -b 16
 * speech.wav silence 1 0.02 0.5% reverse silence 1 0.02 0.5% reverse gain -n -3}.
 */
final class TestAudio {

    /** Length of {@link #speech()}, ms. */
    static final long SPEECH_MS = 3_442;

    private TestAudio() {
    }

    /** @return the speech clip's samples */
    static short[] speech() {
        try (InputStream in = new BufferedInputStream(TestAudio.class.getResourceAsStream("speech.wav"));
             AudioInputStream audio = AudioSystem.getAudioInputStream(in)) {
            byte[] bytes = audio.readAllBytes();
            short[] pcm = new short[bytes.length / 2];
            for (int i = 0; i < pcm.length; i++) {
                pcm[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8));
            }
            return pcm;
        } catch (Exception e) {
            throw new IllegalStateException("speech.wav is missing from the test resources", e);
        }
    }

    /** @return a quiet room: white noise at about {@code dbfs} (RMS), for {@code ms} */
    static short[] room(long ms, double dbfs, long seed) {
        Random random = new Random(seed);
        double rms = 32768 * Math.pow(10, dbfs / 20);
        short[] pcm = new short[(int) (ms * AudioSpec.SAMPLES_PER_MS)];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (short) Math.max(-32768, Math.min(32767, Math.round(random.nextGaussian() * rms)));
        }
        return pcm;
    }

    /** @return the clips one after another */
    static short[] concat(short[]... parts) {
        int length = 0;
        for (short[] part : parts) {
            length += part.length;
        }
        short[] all = new short[length];
        int at = 0;
        for (short[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** @return the speech clip over the room's noise (so the floor is the same throughout) */
    static short[] speechInRoom(long seed) {
        short[] speech = speech();
        short[] noise = room(SPEECH_MS + 10, -60, seed);
        short[] mixed = new short[speech.length];
        for (int i = 0; i < speech.length; i++) {
            mixed[i] = (short) Math.max(-32768, Math.min(32767, speech[i] + noise[i]));
        }
        return mixed;
    }

    /**
     * Pearson correlation of two stretches, the best over small shifts of {@code b} (a codec
     * may move audio by a few samples).
     */
    static double correlation(short[] a, int aFrom, short[] b, int bFrom, int length, int maxShift) {
        double best = -1;
        for (int shift = -maxShift; shift <= maxShift; shift++) {
            double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
            int n = 0;
            for (int i = 0; i < length; i++) {
                int j = bFrom + i + shift;
                if (j < 0 || j >= b.length || aFrom + i >= a.length) {
                    continue;
                }
                double x = a[aFrom + i];
                double y = b[j];
                sa += x;
                sb += y;
                saa += x * x;
                sbb += y * y;
                sab += x * y;
                n++;
            }
            double cov = sab - sa * sb / n;
            double den = Math.sqrt((saa - sa * sa / n) * (sbb - sb * sb / n));
            if (den > 0) {
                best = Math.max(best, cov / den);
            }
        }
        return best;
    }

    /** @return every sample of the recording from {@code fromMs} for {@code ms} */
    static short[] decode(Recording recording, long fromMs, long ms) {
        RecordingCursor cursor = new RecordingCursor(recording);
        cursor.seek(fromMs);
        short[] out = new short[(int) (ms * AudioSpec.SAMPLES_PER_MS)];
        int at = 0;
        while (at < out.length) {
            int n = cursor.read(out, at, out.length - at);
            if (n < 0) {
                break;
            }
            at += n;
        }
        return out;
    }
}
