package dev.mockloop.sketch;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Who hears a sketch's changes: listeners told what each change did (views that repaint
 * only that), then plain listeners; and the revision number that grows with every change.
 * Listeners run on the thread that made the change and may add or remove listeners.
 */
final class SketchListeners {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<SketchChange>> changeListeners = new CopyOnWriteArrayList<>();
    private long revision;

    long revision() {
        return revision;
    }

    void add(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    void remove(Runnable listener) {
        listeners.remove(listener);
    }

    void addChange(Consumer<SketchChange> listener) {
        changeListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    void removeChange(Consumer<SketchChange> listener) {
        changeListeners.remove(listener);
    }

    /** Tells everyone of what the document did since the last call, if anything. */
    void fire(Document doc) {
        SketchChange change = doc.takeChange();
        if (change == null) {
            return;
        }
        revision++;
        for (Consumer<SketchChange> listener : changeListeners) {
            listener.accept(change);
        }
        for (Runnable listener : listeners) {
            listener.run();
        }
    }
}
