package dev.mockloop.coach;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.pack.Question;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.session.RoundListener;
import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.SketchCodec;
import dev.mockloop.sketch.SketchFormatException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The coach in the app: hangs off the round service and reads every round when it
 * finishes. All of its work runs on its own executor, never on the round's (UI) thread;
 * the listener methods only copy what the round holds and hand it over.
 * <ul>
 *   <li>{@code opened}: the model is loaded (once, the first time a round opens, never at
 *       start-up) and the question's items are encoded, while the candidate works;</li>
 *   <li>{@code finished}: the notes and whiteboard texts are read into a {@link CoachInput}
 *       and assessed; {@link #result(String)} gives the result to the scoring screen;</li>
 *   <li>{@code saved}: once the attempt is committed, the result is stored under the
 *       round's id ({@link CoverageRepository}). Saving the attempt never waits for the coach.</li>
 * </ul>
 * When the coach is switched off ({@link CoachSettings}), none of this happens.
 */
public final class CoachService implements RoundListener {

    private final Executor executor;
    private final Supplier<SentenceEncoder> loader;
    private final CoverageRepository repository;
    private volatile CoachSettings settings;
    private final Map<String, CompletableFuture<CoverageResult>> pending = new ConcurrentHashMap<>();
    /** Touched only on the executor. */
    private Coach coach;
    private RuntimeException loadFailure;

    /**
     * @param loader     loads the sentence model; called once, on the executor
     * @param repository where results are stored, or {@code null} to store none (the command line)
     * @param settings   whether the coach is on
     * @param executor   the coach's own thread ({@link #ownThread()} in the app; tests run work in line):
     *                   it must run its tasks one at a time, in the order given
     */
    public CoachService(Supplier<SentenceEncoder> loader, CoverageRepository repository, CoachSettings settings,
                        Executor executor) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.repository = repository;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** @return a single daemon thread of low priority, "mockloop-coach", for the app's coach service */
    public static ExecutorService ownThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "mockloop-coach");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
    }

    /** @param changed the settings from now on; rounds already read keep their results */
    public void setSettings(CoachSettings changed) {
        settings = Objects.requireNonNull(changed, "settings");
    }

    /** @return whether the coach reads rounds */
    public boolean enabled() {
        return settings.enabled();
    }

    @Override
    public void opened(ActiveRound round) {
        if (!enabled()) {
            return;
        }
        AnswerKey key = AnswerKey.of(round.round().question().question());
        executor.execute(() -> {
            try {
                coach().prepare(key);
            } catch (RuntimeException ignored) {
                // reported when the round finishes and the result is asked for
            }
        });
        // A round resumed on its scoring screen (the app stopped while it was scored) finished
        // in an earlier run: it is read now, as it would have been when it finished.
        if (round.round().timer().state() == dev.mockloop.session.TimerState.FINISHED) {
            finished(round);
        }
    }

    @Override
    public void finished(ActiveRound round) {
        if (!enabled()) {
            return;
        }
        AnswerKey key = AnswerKey.of(round.round().question().question());
        CoachInput input = CoachInput.of(round.round().notes(), round.round().sketch().elements());
        pending.put(round.roundId(), CompletableFuture.supplyAsync(() -> coach().assess(key, input), executor));
    }

    @Override
    public void saved(ActiveRound round, Attempt attempt) {
        String roundId = round.roundId();
        CompletableFuture<CoverageResult> result = pending.get(roundId);
        if (result == null || repository == null) {
            return;
        }
        // Queued now, behind the round's reading (the executor runs its tasks in order), not when
        // the reading completes: the app may be closing by then, and its executor takes no new work.
        executor.execute(() -> store(roundId, result));
    }

    private void store(String roundId, CompletableFuture<CoverageResult> result) {
        try {
            keep(roundId, result.join());
        } catch (RuntimeException e) {   // the reading failed or was cancelled
            Throwable reason = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            System.err.println("Mockloop: the coach's result was not stored: " + reason.getMessage());
        } finally {
            pending.remove(roundId, result);
        }
    }

    /** Stores a result; a failure to store is printed, as the attempt itself is already safe. */
    private void keep(String roundId, CoverageResult result) {
        try {
            repository.save(roundId, result);
        } catch (RuntimeException e) {
            System.err.println("Mockloop: the coach's result was not stored: " + e.getMessage());
        }
    }

    @Override
    public void abandoned(ActiveRound round) {
        CompletableFuture<CoverageResult> result = pending.remove(round.roundId());
        if (result != null) {
            result.cancel(false);
        }
    }

    /**
     * The coach's result for a round: the one being worked out since it finished, or the
     * stored one (read on the coach's thread).
     *
     * @param roundId the round's id
     * @return completes with the result; with {@code null} when the coach never read the
     *         round (switched off, or a round saved before the coach); exceptionally when
     *         the model could not be loaded (its message says why)
     */
    public CompletionStage<CoverageResult> result(String roundId) {
        CompletableFuture<CoverageResult> result = pending.get(roundId);
        if (result != null) {
            return result.copy();
        }
        if (repository == null) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.supplyAsync(() -> repository.find(roundId).orElse(null), executor);
    }

    /**
     * Reads a saved attempt the coach never read: one saved while the coach was switched off,
     * before the coach existed, or just as the app closed while the model was still loading.
     * The attempt's notes and sketch are read as the round's would have been, on the coach's
     * thread, and the result is stored under the attempt's round id, so the page shows it next
     * time too.
     *
     * @param attempt  the saved attempt; its sketch JSON is parsed on the coach's thread
     * @param question the attempt's question as its pack has it now, for the answer key
     * @return completes with the result (also when it could not be stored: that is printed);
     *         exceptionally when the model could not be loaded or the sketch could not be read
     */
    public CompletionStage<CoverageResult> readSaved(Attempt attempt, Question question) {
        AnswerKey key = AnswerKey.of(question);
        return CompletableFuture.supplyAsync(() -> {
            CoverageResult result = coach().assess(key, CoachInput.of(attempt.notes(), elements(attempt.sketchJson())));
            if (repository != null) {
                keep(attempt.roundId(), result);
            }
            return result;
        }, executor);
    }

    private static List<Element> elements(String sketchJson) {
        if (sketchJson == null || sketchJson.isBlank()) {
            return List.of();
        }
        try {
            return SketchCodec.fromJson(sketchJson).elements();
        } catch (SketchFormatException e) {
            throw new IllegalStateException("its whiteboard could not be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Assesses a question against a text, as a finished round is (used by the command line
     * and tests, which then get the same result the app shows).
     */
    public CompletionStage<CoverageResult> assess(Question question, CoachInput input) {
        AnswerKey key = AnswerKey.of(question);
        return CompletableFuture.supplyAsync(() -> coach().assess(key, input), executor);
    }

    /** Loads the model the first time; a failure is kept and thrown again, not retried each round. */
    private Coach coach() {
        if (coach == null) {
            if (loadFailure != null) {
                throw loadFailure;
            }
            try {
                coach = new Coach(loader.get());
            } catch (RuntimeException e) {
                loadFailure = e;
                throw e;
            }
        }
        return coach;
    }
}
