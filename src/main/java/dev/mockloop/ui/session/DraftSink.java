package dev.mockloop.ui.session;

import dev.mockloop.session.RoundDraft;
import java.util.function.Consumer;

/** Writes a round's draft off the UI thread and reports back on it. */
@FunctionalInterface
public interface DraftSink {

    /**
     * @param draft     the round's state now
     * @param onSaved   called on the UI thread after the draft is committed
     * @param onFailure called on the UI thread with what went wrong (disk full, read-only folder…)
     */
    void save(RoundDraft draft, Runnable onSaved, Consumer<String> onFailure);

    /** @return a sink that keeps nothing, for screens shown without storage */
    static DraftSink none() {
        return (draft, onSaved, onFailure) -> onSaved.run();
    }
}
