package dev.mockloop.ui.voice;

/**
 * Where the replay's sound goes: a speaker through Java Sound ({@link LineAudioOut}), or in
 * tests a fake whose clock the test moves.
 */
public interface AudioOut extends AutoCloseable {

    /**
     * Opens the output for mono 16-bit samples played at {@code rateHz} (16 kHz for 1×; a
     * higher rate plays faster).
     *
     * @throws IllegalStateException with a message for the user if there is no sound output
     */
    void open(float rateHz);

    /** Plays samples, blocking while the output's buffer is full. */
    void write(short[] pcm, int length);

    /** @return samples heard since {@link #open} (not those still buffered) */
    long samplesPlayed();

    /** Drops what is buffered and stops at once. */
    void stop();

    @Override
    void close();
}
