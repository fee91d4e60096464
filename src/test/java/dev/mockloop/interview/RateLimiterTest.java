package dev.mockloop.interview;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.session.ManualTicker;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final ManualTicker ticker = new ManualTicker();

    @Test
    void aBurstIsAllowedThenEventsRefillAtTheRate() {
        RateLimiter limiter = new RateLimiter(20, 40, ticker);
        for (int i = 0; i < 40; i++) {
            assertTrue(limiter.tryAcquire(), "event " + i + " of the burst");
        }
        assertFalse(limiter.tryAcquire());
        ticker.advanceMillis(49);
        assertFalse(limiter.tryAcquire(), "one refills every 50 ms at 20 a second");
        ticker.advanceMillis(1);
        assertTrue(limiter.tryAcquire());
        assertFalse(limiter.tryAcquire());
        ticker.advanceMillis(60_000);
        for (int i = 0; i < 40; i++) {
            assertTrue(limiter.tryAcquire());
        }
        assertFalse(limiter.tryAcquire(), "a long quiet spell refills only up to the burst");
    }

    @Test
    void eachAddressHasItsOwnBucket() {
        KeyedRateLimiter limiter = new KeyedRateLimiter(1, 2, ticker);
        assertTrue(limiter.tryAcquire("a"));
        assertTrue(limiter.tryAcquire("a"));
        assertFalse(limiter.tryAcquire("a"));
        assertTrue(limiter.tryAcquire("b"));
    }

    @Test
    void nonsenseLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, 1, ticker));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(1, 0, ticker));
    }
}
