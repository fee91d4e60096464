package dev.mockloop.ui.voice;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A sound output whose clock the test moves: {@link #hear(long)} says how many samples have
 * been heard. It keeps what was written since the last {@link #open}, and can be awaited
 * until some has arrived.
 */
final class FakeAudioOut implements AudioOut {

    private final short[] written = new short[16 * 60_000];
    private volatile int length;
    private volatile long heard;
    private volatile float rate;
    private volatile int opens;
    private CountDownLatch enough = new CountDownLatch(1);
    private int wanted;

    @Override
    public synchronized void open(float rateHz) {
        rate = rateHz;
        opens++;
        length = 0;
    }

    @Override
    public synchronized void write(short[] pcm, int n) {
        int room = Math.min(n, written.length - length);
        System.arraycopy(pcm, 0, written, length, room);
        length += room;
        if (length >= wanted) {
            enough.countDown();
        }
    }

    /** Waits (up to 10 s) until {@code samples} have been written since the last open. */
    void awaitWritten(int samples) throws InterruptedException {
        synchronized (this) {
            wanted = samples;
            enough = new CountDownLatch(length >= samples ? 0 : 1);
        }
        if (!enough.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("only " + length + " samples were played");
        }
    }

    /** @return a copy of what was written since the last open */
    synchronized short[] written() {
        return java.util.Arrays.copyOf(written, length);
    }

    void hear(long samples) {
        heard = samples;
    }

    @Override
    public long samplesPlayed() {
        return heard;
    }

    float rate() {
        return rate;
    }

    int opens() {
        return opens;
    }

    @Override
    public void stop() {
    }

    @Override
    public void close() {
    }
}
