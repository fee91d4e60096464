package dev.mockloop.session;

import java.time.Duration;

/** A ticker tests move by hand. */
public final class ManualTicker implements Ticker {

    private long nanos = 1_000_000_000L;

    @Override
    public long nanoTime() {
        return nanos;
    }

    /** Moves time forward. */
    public void advance(Duration by) {
        nanos += by.toNanos();
    }

    public void advanceMillis(long ms) {
        advance(Duration.ofMillis(ms));
    }

    public void advanceNanos(long ns) {
        nanos += ns;
    }
}
