package dev.mockloop.ui.voice;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * The speakers, through a Java Sound playback line with a 100 ms buffer, kept open between
 * seeks (so a seek is heard at once) and reopened only for another speed.
 */
public final class LineAudioOut implements AudioOut {

    private SourceDataLine line;
    private final byte[] bytes = new byte[8_192];

    @Override
    public void open(float rateHz) {
        if (line != null && line.getFormat().getSampleRate() == rateHz) {
            line.start();  // a seek: the line stays open, so it is heard at once
            return;
        }
        close();
        AudioFormat format = new AudioFormat(rateHz, 16, 1, true, false);
        try {
            line = AudioSystem.getSourceDataLine(format);
            line.open(format, Math.max(2_048, (int) (rateHz * 2 / 10)));
            line.start();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            line = null;
            throw new IllegalStateException("No sound output is available to play the recording: connect speakers or"
                    + " headphones, or close the app that holds the sound device.", e);
        }
    }

    @Override
    public void write(short[] pcm, int length) {
        SourceDataLine out = line;
        if (out == null) {
            return;
        }
        int done = 0;
        while (done < length) {
            int n = Math.min(bytes.length / 2, length - done);
            for (int i = 0; i < n; i++) {
                short s = pcm[done + i];
                bytes[2 * i] = (byte) s;
                bytes[2 * i + 1] = (byte) (s >> 8);
            }
            out.write(bytes, 0, n * 2);
            done += n;
        }
    }

    @Override
    public long samplesPlayed() {
        SourceDataLine out = line;
        return out == null ? 0 : out.getLongFramePosition();
    }

    @Override
    public void stop() {
        SourceDataLine out = line;
        if (out != null) {
            out.stop();
            out.flush();
        }
    }

    @Override
    public void close() {
        if (line != null) {
            line.stop();
            line.close();
            line = null;
        }
    }
}
