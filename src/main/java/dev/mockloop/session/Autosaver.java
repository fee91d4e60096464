package dev.mockloop.session;

import dev.mockloop.attempt.ProbeResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Autosaves a round: at most every {@link #INTERVAL_NANOS} (5 s) while anything changed (or
 * after a failed save, to try again), and at once on demand (phase change, pause, finish, a
 * score picked). So a crash loses at most the last 5 seconds.
 *
 * <p>The draft is taken on the round's thread (the sketch's JSON is reused until the sketch
 * changes) and written on the save thread, the newest winning: while one write is in flight,
 * later drafts replace each other, so a burst of changes costs one write, never a queue. It
 * keeps the figures for {@link AutosaveStatus}: the last failure, and how long the oldest
 * change not yet on disk has waited, so a stuck save shows whatever its cause.
 */
final class Autosaver {

    /** The longest stretch of work a crash can lose: 5 s. */
    static final long INTERVAL_NANOS = 5_000_000_000L;

    private final Round round;
    private final DraftRepository drafts;
    private final Executor saves;
    private final Executor roundThread;
    private final Ticker ticker;

    // Round thread only.
    private final Deque<long[]> unsaved = new ArrayDeque<>();  // {sequence, requested at ns}, oldest first
    private long requested;
    private long lastSave;
    private Object lastSignature;
    private String failure = "";
    private boolean closed;

    // Shared with the save thread.
    private final Object lock = new Object();
    private RoundDraft pending;
    private long pendingSequence;
    private boolean scheduled;

    /**
     * @param saves       the save thread (one thread: drafts and the attempt are written in order)
     * @param roundThread where results are reported
     */
    Autosaver(Round round, DraftRepository drafts, Executor saves, Executor roundThread, Ticker ticker) {
        this.round = round;
        this.drafts = drafts;
        this.saves = saves;
        this.roundThread = roundThread;
        this.ticker = ticker;
        this.lastSave = ticker.nanoTime();
    }

    /** Called every frame: saves when 5 s have passed since the last save and the round changed. */
    void tick() {
        if (ticker.nanoTime() - lastSave >= INTERVAL_NANOS
                && (!failure.isEmpty() || !Objects.equals(signature(), lastSignature))) {
            saveNow();
        }
    }

    /** Saves at once, unless the round has been saved as an attempt or abandoned. */
    void saveNow() {
        if (closed) {
            return;
        }
        lastSave = ticker.nanoTime();
        lastSignature = signature();
        long sequence = ++requested;
        unsaved.addLast(new long[] {sequence, lastSave});
        synchronized (lock) {
            pending = round.draft();
            pendingSequence = sequence;
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        saves.execute(this::writePending);
    }

    /** On the save thread: writes the newest draft. */
    private void writePending() {
        RoundDraft draft;
        long sequence;
        synchronized (lock) {
            draft = pending;
            sequence = pendingSequence;
            pending = null;
            scheduled = false;
        }
        if (draft == null) {
            return;
        }
        try {
            drafts.save(draft);
            roundThread.execute(() -> written(sequence));
        } catch (RuntimeException e) {
            String why = e.getMessage() == null ? "the disk could not be written" : e.getMessage();
            roundThread.execute(() -> failure = why);
        }
    }

    private void written(long sequence) {
        while (!unsaved.isEmpty() && unsaved.peekFirst()[0] <= sequence) {
            unsaved.removeFirst();
        }
        failure = "";
    }

    /** No more drafts: the round is being saved as an attempt, or thrown away. */
    void close() {
        closed = true;
    }

    /** Drafts again: saving the attempt failed, so the round stays a draft. */
    void reopen() {
        closed = false;
    }

    /** @return the last failure and how long the oldest unsaved change has waited */
    AutosaveStatus status() {
        long waitedMs = unsaved.isEmpty() ? 0 : (ticker.nanoTime() - unsaved.peekFirst()[1]) / 1_000_000;
        return failure.isEmpty() && waitedMs == 0 ? AutosaveStatus.SAVED : new AutosaveStatus(failure, waitedMs);
    }

    /** What the user would miss: timer position to the second, notes, sketch, probes and the score sheet. */
    private Object signature() {
        TimerSnapshot t = round.timer().snapshot();
        List<ProbeResponse> probes = round.probes().responses();
        return List.of(t.state(), t.phaseIndex(), t.roundElapsedMs() / 1000, t.roundPlannedMs(), round.notes(),
                round.sketch().revision(), probes.size(), probes.stream().filter(ProbeResponse::acknowledged).count(),
                round.scoreSheet());
    }
}
