package dev.mockloop.ui.session;

import dev.mockloop.session.Round;
import dev.mockloop.session.RoundDraft;
import dev.mockloop.session.Ticker;
import dev.mockloop.session.TimerSnapshot;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Autosaves the round: at most every {@link #INTERVAL_NANOS} (5 s) while anything changed,
 * and at once on demand (phase change, pause, finish). The draft is taken on the UI thread
 * (the sketch's JSON is reused until the sketch changes) and handed to {@code sink}, which
 * writes it off the UI thread. So a crash loses at most the last 5 seconds.
 */
final class Autosaver {

    /** The longest stretch of work a crash can lose: 5 s. */
    static final long INTERVAL_NANOS = 5_000_000_000L;

    private final Round round;
    private final Consumer<RoundDraft> sink;
    private final Ticker ticker;
    private long lastSave;
    private Object lastSignature;

    /** @param sink writes a draft off the UI thread */
    Autosaver(Round round, Consumer<RoundDraft> sink, Ticker ticker) {
        this.round = round;
        this.sink = sink;
        this.ticker = ticker;
        this.lastSave = ticker.nanoTime();
    }

    /** Called every frame: saves when 5 s have passed since the last save and the round changed. */
    void tick() {
        if (ticker.nanoTime() - lastSave >= INTERVAL_NANOS && !Objects.equals(signature(), lastSignature)) {
            saveNow();
        }
    }

    /** Saves at once. */
    void saveNow() {
        lastSave = ticker.nanoTime();
        lastSignature = signature();
        sink.accept(round.draft());
    }

    /** What the user would miss: timer position to the second, notes, sketch and probes. */
    private Object signature() {
        TimerSnapshot t = round.timer().snapshot();
        return java.util.List.of(t.state(), t.phaseIndex(), t.roundElapsedMs() / 1000, t.roundPlannedMs(),
                round.notes(), round.sketch().revision(), round.probes().responses().size(),
                round.probes().responses().stream().filter(p -> p.acknowledged()).count());
    }
}
