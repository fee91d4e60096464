package dev.mockloop.interview;

import dev.mockloop.session.Ticker;

/**
 * A token bucket: up to {@code burst} events at once, refilled at {@code perSecond} a second.
 * Time comes from the injected {@link Ticker}, so tests move it by hand. Thread-safe.
 *
 * <p>Our own rather than a library's: Jetty's QoS and DoS handlers limit whole requests on the
 * wall clock, while the page's socket needs a limit per connection on the messages it sends.
 */
public final class RateLimiter {

    private final double perNano;
    private final double burst;
    private final Ticker ticker;
    private double tokens;
    private long last;

    /**
     * @param perSecond events allowed a second, sustained (above 0)
     * @param burst     events allowed at once (1 or more)
     * @throws IllegalArgumentException if either is out of range
     */
    public RateLimiter(double perSecond, int burst, Ticker ticker) {
        if (!(perSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("rate must be above 0 a second and burst 1 or more, got "
                    + perSecond + " and " + burst);
        }
        this.perNano = perSecond / 1e9;
        this.burst = burst;
        this.ticker = ticker;
        this.tokens = burst;
        this.last = ticker.nanoTime();
    }

    /** @return whether one more event is allowed now; if so it is counted */
    public synchronized boolean tryAcquire() {
        long now = ticker.nanoTime();
        tokens = Math.min(burst, tokens + (now - last) * perNano);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
