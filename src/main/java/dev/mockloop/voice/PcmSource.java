package dev.mockloop.voice;

import java.io.IOException;

/**
 * Where the recorder's audio comes from: mono 16-bit samples at {@link AudioSpec#SAMPLE_RATE}.
 * The real one is a microphone ({@link Microphones}); tests may feed prepared samples.
 */
public interface PcmSource extends AutoCloseable {

    /** Starts (or restarts after {@link #stop()}) delivering audio from now. */
    void start();

    /** Stops delivering and drops what was captured but not read, e.g. for a pause. */
    void stop();

    /**
     * Reads samples, blocking until {@code length} have been captured.
     *
     * @return samples read, {@code length} unless the source has ended (then fewer, or -1)
     * @throws IOException if the device fails
     */
    int read(short[] pcm, int offset, int length) throws IOException;

    /** @return the device's name as the system shows it */
    String name();

    /** Releases the device. */
    @Override
    void close();
}
