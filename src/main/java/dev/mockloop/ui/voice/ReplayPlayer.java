package dev.mockloop.ui.voice;

import dev.mockloop.voice.AudioSpec;
import dev.mockloop.voice.Recording;
import dev.mockloop.voice.RecordingCursor;

/**
 * Plays a recording from any round ms at 1×, 1.5× or 2× on a thread of its own. Faster
 * speeds play the samples at a higher rate (the pitch rises with the speed). Its position
 * is what has been heard, so a sketch that follows {@link #positionMs()} stays in step with
 * the sound, not with what is still buffered.
 *
 * <p>Steer it from one thread (the UI thread); {@link #positionMs()} may be read from any.
 */
public final class ReplayPlayer implements AutoCloseable {

    /** The speeds offered. */
    public static final double[] SPEEDS = {1.0, 1.5, 2.0};
    private static final int BLOCK = AudioSpec.FRAME_SAMPLES * 2;

    private final RecordingCursor cursor;
    private final AudioOut out;
    private final Object lock = new Object();
    private Thread thread;
    private volatile boolean playing;
    private volatile long startMs;
    private volatile long playedAtStart;
    private volatile double speed = 1.0;
    private volatile String problem = "";

    public ReplayPlayer(Recording recording, AudioOut out) {
        this.cursor = new RecordingCursor(recording);
        this.out = out;
    }

    /** @return the round ms after the last recorded sample */
    public long endMs() {
        return cursor.endMs();
    }

    /** @return the round ms being heard now */
    public long positionMs() {
        if (!playing) {
            return startMs;
        }
        long heard = Math.max(0, out.samplesPlayed() - playedAtStart);
        return Math.min(endMs(), startMs + AudioSpec.samplesToMs(heard));
    }

    /** @return whether it is playing */
    public boolean playing() {
        return playing;
    }

    /** @return why it could not play, or blank */
    public String problem() {
        return problem;
    }

    /** Starts playing from {@link #positionMs()} (from the start once at the end). */
    public void play() {
        if (playing) {
            return;
        }
        if (startMs >= endMs()) {
            startMs = 0;
        }
        try {
            out.open((float) (AudioSpec.SAMPLE_RATE * speed));
        } catch (IllegalStateException e) {
            problem = e.getMessage();
            return;
        }
        problem = "";
        synchronized (lock) {
            cursor.seek(startMs);
        }
        playedAtStart = out.samplesPlayed();
        playing = true;
        thread = new Thread(this::feed, "mockloop-replay");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops where it is. */
    public void pause() {
        if (!playing) {
            return;
        }
        long at = positionMs();
        playing = false;
        out.stop();
        join();
        startMs = at;
    }

    /** @param roundMs plays (or, paused, will play) from there */
    public void seek(long roundMs) {
        long target = Math.max(0, Math.min(endMs(), roundMs));
        if (!playing) {
            startMs = target;
            return;
        }
        pause();
        startMs = target;
        play();
    }

    /** @param factor one of {@link #SPEEDS}; takes effect at once */
    public void setSpeed(double factor) {
        if (factor == speed) {
            return;
        }
        boolean was = playing;
        pause();
        speed = factor;
        if (was) {
            play();
        }
    }

    /** @return the speed, 1.0 for real time */
    public double speed() {
        return speed;
    }

    private void feed() {
        short[] block = new short[BLOCK];
        while (playing) {
            int n;
            synchronized (lock) {
                n = cursor.read(block, 0, block.length);
            }
            if (n < 0) {
                break;
            }
            out.write(block, n);
        }
    }

    private void join() {
        Thread t = thread;
        thread = null;
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        pause();
        out.close();
    }
}
