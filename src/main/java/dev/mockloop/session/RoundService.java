package dev.mockloop.session;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.pack.Framework;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.sketch.SketchFormatException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The round's lifecycle in one place: begin a round, autosave its draft, save it as an
 * attempt clearing the draft in the same transaction, and recover it after a crash. Screens
 * drive rounds through it; the recorder, the interviewer's page and the coach listen to it.
 *
 * <p>Database work runs on {@code saves}, a thread of its own, so nothing else the app does
 * (an import, a download, a backup on the general I/O thread) can hold up an autosave for
 * longer than the database itself takes. Results come back on {@code roundThread}.
 */
public final class RoundService {

    private final DraftRepository drafts;
    private final AttemptRepository attempts;
    private final Ticker ticker;
    private final Clock clock;
    private final Executor saves;
    private final Executor roundThread;
    private final List<RoundListener> listeners = new CopyOnWriteArrayList<>();
    private final RoundListener everyone = Broadcast.of(listeners);

    /**
     * @return a single daemon thread, "mockloop-round", for saving rounds: of their own, so no
     *         import, download or backup on the general I/O thread can hold an autosave up
     */
    public static ExecutorService ownSaveThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "mockloop-round");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * @param ticker      monotonic time for the timers and autosave
     * @param clock       wall-clock time for the attempts' start and end stamps
     * @param saves       the round's save thread: one thread, used by nothing slow
     * @param roundThread the thread rounds live on (the UI thread); results are reported there
     */
    public RoundService(DraftRepository drafts, AttemptRepository attempts, Ticker ticker, Clock clock,
                        Executor saves, Executor roundThread) {
        this.drafts = drafts;
        this.attempts = attempts;
        this.ticker = ticker;
        this.clock = clock;
        this.saves = saves;
        this.roundThread = roundThread;
    }

    /** @param listener hears every round's events from now on */
    public void addListener(RoundListener listener) {
        listeners.add(listener);
    }

    /** @param listener no longer hears them */
    public void removeListener(RoundListener listener) {
        listeners.remove(listener);
    }

    /**
     * @param framework the framework to run it on, or {@code null} for the question's own
     * @return a new round of the question, not started
     */
    public ActiveRound begin(LibraryQuestion question, Framework framework) {
        Round round = new Round(question, framework == null ? question.framework() : framework, ticker, clock);
        return opened(round, false);
    }

    /**
     * Rebuilds the round that was in progress when the app stopped: paused, with its notes,
     * sketch, probes and score sheet.
     *
     * @param question the draft's question, found again in the library
     * @throws SketchFormatException if the draft's sketch cannot be read
     */
    public ActiveRound resume(RoundDraft draft, LibraryQuestion question) throws SketchFormatException {
        return opened(Round.restore(draft, question, ticker, clock), true);
    }

    private ActiveRound opened(Round round, boolean recovered) {
        ActiveRound active = new ActiveRound(round, recovered, ticker, everyone, attempts, drafts, saves, roundThread);
        everyone.opened(active);
        return active;
    }

    /**
     * Reads the autosaved round, on the calling thread (at start-up, off the UI thread). An
     * unreadable draft (e.g. written by a newer version) is kept in the file but not offered.
     *
     * @return the round that was in progress when the app last stopped, if any
     */
    public Optional<RoundDraft> loadDraft() {
        try {
            return drafts.load();
        } catch (RuntimeException unreadable) {
            System.err.println("Mockloop: the autosaved round could not be read: " + unreadable.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Keeps a crashed round as an unfinished attempt (its timings, notes and sketch, no
     * score), clearing the draft in the same transaction.
     *
     * @return the attempt, on the round's thread
     */
    public CompletionStage<Attempt> keepUnfinished(RoundDraft draft) {
        return onSaveThread(() -> attempts.save(draft.toUnfinishedAttempt(), DraftRepository::clearIn));
    }

    /**
     * Throws a crashed round away: its draft is deleted.
     *
     * @return done on the round's thread
     */
    public CompletionStage<Void> discard(RoundDraft draft) {
        return onSaveThread(() -> {
            drafts.clear();
            return null;
        });
    }

    private <T> CompletionStage<T> onSaveThread(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        saves.execute(() -> {
            try {
                T value = work.get();
                roundThread.execute(() -> result.complete(value));
            } catch (RuntimeException e) {
                roundThread.execute(() -> result.completeExceptionally(e));
            }
        });
        return result;
    }
}
