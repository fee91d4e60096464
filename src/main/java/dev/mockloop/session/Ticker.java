package dev.mockloop.session;

/**
 * A monotonic time source in nanoseconds, injected so tests drive time by hand.
 * Only differences between readings mean anything; the origin is arbitrary.
 */
@FunctionalInterface
public interface Ticker {

    /** @return the current reading in ns, never smaller than an earlier reading */
    long nanoTime();

    /** @return the JVM's monotonic clock, {@link System#nanoTime()} */
    static Ticker system() {
        return System::nanoTime;
    }
}
