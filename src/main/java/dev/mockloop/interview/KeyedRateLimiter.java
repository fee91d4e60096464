package dev.mockloop.interview;

import dev.mockloop.session.Ticker;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@link RateLimiter} per key (a remote address), for the most recently seen 256 keys, so a
 * flood of addresses cannot grow memory without bound. Thread-safe.
 */
final class KeyedRateLimiter {

    private static final int MAX_KEYS = 256;

    private final double perSecond;
    private final int burst;
    private final Ticker ticker;
    private final Map<String, RateLimiter> limiters = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
            return size() > MAX_KEYS;
        }
    };

    KeyedRateLimiter(double perSecond, int burst, Ticker ticker) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.ticker = ticker;
    }

    /** @return whether one more event from {@code key} is allowed now */
    boolean tryAcquire(String key) {
        RateLimiter limiter;
        synchronized (limiters) {
            limiter = limiters.computeIfAbsent(key, k -> new RateLimiter(perSecond, burst, ticker));
        }
        return limiter.tryAcquire();
    }
}
