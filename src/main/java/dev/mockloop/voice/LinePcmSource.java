package dev.mockloop.voice;

import java.io.IOException;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.TargetDataLine;

/**
 * A microphone as a {@link PcmSource}: a Java Sound capture line, converted by Java
 * Sound's own format converters to 16 kHz mono 16-bit when the device delivers something else.
 */
final class LinePcmSource implements PcmSource {

    private final TargetDataLine line;
    private final AudioInputStream stream;
    private final String name;
    private final byte[] bytes = new byte[AudioSpec.FRAME_SAMPLES * 2 * 4];

    LinePcmSource(TargetDataLine line, String name) {
        this.line = line;
        this.name = name;
        AudioInputStream raw = new AudioInputStream(line);
        this.stream = line.getFormat().matches(AudioSpec.pcmFormat()) ? raw
                : AudioSystem.getAudioInputStream(AudioSpec.pcmFormat(), raw);
    }

    @Override
    public void start() {
        line.start();
    }

    @Override
    public void stop() {
        line.stop();
        line.flush();
    }

    @Override
    public int read(short[] pcm, int offset, int length) throws IOException {
        int done = 0;
        while (done < length) {
            int want = Math.min(bytes.length, (length - done) * 2);
            int got = readFully(want);
            if (got <= 0) {
                return done == 0 ? -1 : done;
            }
            for (int i = 0; i + 1 < got; i += 2) {
                pcm[offset + done++] = (short) ((bytes[i] & 0xff) | (bytes[i + 1] << 8));
            }
            if (got < want) {
                return done;
            }
        }
        return done;
    }

    private int readFully(int want) throws IOException {
        int got = 0;
        while (got < want) {
            int n = stream.read(bytes, got, want - got);
            if (n < 0) {
                break;
            }
            if (n == 0 && !line.isOpen()) {
                break;
            }
            got += n;
        }
        return got;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void close() {
        line.stop();
        line.close();
    }
}
