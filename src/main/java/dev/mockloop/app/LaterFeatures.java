package dev.mockloop.app;

import dev.mockloop.session.RoundListener;
import java.util.function.Supplier;

/**
 * The round's features ({@link RoundFeatures}: the coach, the voice, interviewer mode), made
 * at the first call of {@link #get()} and never again: the app makes them after the first
 * frame, or whatever needs them first does (a round begun at once, a screen). Thread-safe.
 */
final class LaterFeatures implements AutoCloseable {

    private final Supplier<RoundFeatures> make;
    private RoundFeatures made;

    /** @param make makes the features; called once */
    LaterFeatures(Supplier<RoundFeatures> make) {
        this.make = make;
    }

    /** @return the features, made now if this is the first call (a short wait if another thread is making them) */
    synchronized RoundFeatures get() {
        if (made == null) {
            made = make.get();
        }
        return made;
    }

    /** @return a listener that passes every round's events to the features, making them at the first event */
    RoundListener listener() {
        return RoundListener.each(() -> get().listeners());
    }

    /** Closes the features if they were made; nothing to do if they were not. */
    @Override
    public void close() {
        RoundFeatures features;
        synchronized (this) {
            features = made;
        }
        if (features != null) {
            features.close();
        }
    }
}
