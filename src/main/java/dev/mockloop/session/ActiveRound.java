package dev.mockloop.session;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.attempt.ScoreSheet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * A round from the moment it is begun (or resumed after a crash) to its saved attempt:
 * every change goes through here, so it is autosaved and every {@link RoundListener} hears
 * of it. Made by {@link RoundService}.
 *
 * <p>Not thread-safe: call it on the round's thread (the UI thread in the app). Work that
 * arrives on other threads (an interviewer's browser) must be handed to that thread first.
 */
public final class ActiveRound {

    /** A round shorter than this (5 minutes of clock time) asks before it is saved. */
    public static final long SHORT_ROUND_MS = 5 * 60_000L;

    private final Round round;
    private final boolean recovered;
    private final Autosaver autosaver;
    private final List<RoundListener> own = new CopyOnWriteArrayList<>();
    private final RoundListener listeners;
    private final AttemptRepository attempts;
    private final DraftRepository drafts;
    private final Executor saves;
    private final Executor roundThread;
    private boolean over;

    /** @param everyone the service's listeners, who hear every round */
    ActiveRound(Round round, boolean recovered, Ticker ticker, RoundListener everyone,
                AttemptRepository attempts, DraftRepository drafts, Executor saves, Executor roundThread) {
        this.round = round;
        this.recovered = recovered;
        this.autosaver = new Autosaver(round, drafts, saves, roundThread, ticker);
        this.listeners = Broadcast.of(List.of(everyone, Broadcast.of(own)));
        this.attempts = attempts;
        this.drafts = drafts;
        this.saves = saves;
        this.roundThread = roundThread;
    }

    /** @param listener hears this round's events from now on, e.g. its screen's view model */
    public void addListener(RoundListener listener) {
        own.add(listener);
    }

    /** @param listener no longer hears them */
    public void removeListener(RoundListener listener) {
        own.remove(listener);
    }

    /** @return the round: question, framework, timer, sketch, probes, notes and score sheet */
    public Round round() {
        return round;
    }

    /** @return the round's id (a UUID string), the same in its draft, after a resume and on its attempt */
    public String roundId() {
        return round.id();
    }

    /** @return whether the round was resumed after the app stopped during it */
    public boolean recovered() {
        return recovered;
    }

    /** Starts the clock on the first phase; does nothing once started. */
    public void start() {
        if (round.timer().state() == TimerState.NOT_STARTED) {
            round.start();
            changed();
            listeners.started(this);
        }
    }

    /** Pauses a running clock or resumes a paused one. */
    public void togglePause() {
        TimerState before = round.timer().state();
        if (before != TimerState.RUNNING && before != TimerState.PAUSED) {
            return;
        }
        round.timer().togglePause();
        changed();
        if (before == TimerState.RUNNING) {
            listeners.paused(this);
        } else {
            listeners.resumed(this);
        }
    }

    /** Moves to the next phase; after the last one the round {@linkplain #finish() finishes}. */
    public void next() {
        if (!running()) {
            return;
        }
        round.timer().next();
        if (round.timer().state() == TimerState.FINISHED) {
            finish();
        } else {
            changed();
            listeners.phaseChanged(this);
        }
    }

    /** Goes back to the previous phase. */
    public void back() {
        if (!running()) {
            return;
        }
        round.timer().back();
        changed();
        listeners.phaseChanged(this);
    }

    /**
     * Gives the current phase more time.
     *
     * @param ms   the time to add, in ms
     * @param mode from later phases, or onto the round
     */
    public void extend(long ms, ExtendMode mode) {
        if (!running()) {
            return;
        }
        round.timer().extend(ms, mode);
        changed();
        listeners.phaseChanged(this);
    }

    /** Ends the round now, early or not; scoring comes next. Does nothing before the start. */
    public void finish() {
        if (round.timer().state() == TimerState.NOT_STARTED) {
            return;
        }
        boolean first = round.timer().state() != TimerState.FINISHED;
        round.finish();
        changed();
        if (first) {
            listeners.finished(this);
        }
    }

    /** The candidate answered a probe: its response time is kept. A second answer is ignored. */
    public void acknowledge(ScheduledProbe probe) {
        long ms = round.probes().acknowledge(probe.index());
        if (ms >= 0) {
            changed();
            listeners.probeAnswered(this, probe, ms);
        }
    }

    /**
     * An interviewer asks this probe now: it appears on the next {@link #tick()}.
     *
     * @param probeIndex its index in {@code round().probes().schedule()}
     * @return whether it was shown by this call (false if already shown, or the round is not running)
     */
    public boolean fireProbe(int probeIndex) {
        return running() && round.probes().fire(probeIndex, round.timer().snapshot().roundElapsedMs());
    }

    /**
     * An interviewer asks the candidate to move on.
     *
     * @param message what they said, shown as a banner
     */
    public void nudge(String message) {
        if (running()) {
            listeners.nudged(this, message);
        }
    }

    /** @param text the notes pane's text */
    public void setNotes(String text) {
        round.setNotes(text);
    }

    /**
     * Called every frame while the round screen is up: autosaves when due and brings up
     * the probes whose time came (or that an interviewer fired).
     *
     * @return the probes to show as cards now, in schedule order
     */
    public List<ScheduledProbe> tick() {
        TimerSnapshot now = round.timer().snapshot();
        List<ScheduledProbe> due = round.probes().update(now);
        for (ScheduledProbe probe : due) {
            listeners.probeShown(this, probe);
        }
        if (now.state() != TimerState.NOT_STARTED) {
            autosaver.tick();
        }
        return due;
    }

    /** @return how autosave stands: the line the screen shows when it is in trouble */
    public AutosaveStatus autosave() {
        return autosaver.status();
    }

    /** @param sheet the score sheet as filled now; autosaved at once */
    public void updateScoreSheet(ScoreSheet sheet) {
        round.setScoreSheet(sheet);
        autosaver.saveNow();
    }

    /** @return whether the round ran for less than {@link #SHORT_ROUND_MS}: saving it asks first */
    public boolean isShort() {
        return round.shorterThan(SHORT_ROUND_MS);
    }

    /**
     * Saves the finished round as an attempt with its score sheet and clears its draft, in
     * one transaction on the save thread, after any autosave still queued. While it runs no
     * more drafts are written; if it fails the round stays a draft and autosaves again.
     *
     * @param sketchPng the sketch as a PNG, rendered by the caller on the UI thread; empty if nothing was drawn
     * @param inStats   whether the attempt counts in the stats and the schedule
     * @return the saved attempt, completed on the round's thread; or the
     *         {@link dev.mockloop.storage.StorageException} that stopped it (nothing was written)
     * @throws IllegalStateException if the round has not finished
     */
    public CompletionStage<Attempt> save(byte[] sketchPng, boolean inStats) {
        Attempt attempt = round.toAttempt(sketchPng, inStats);
        autosaver.close();
        CompletableFuture<Attempt> result = new CompletableFuture<>();
        saves.execute(() -> {
            try {
                Attempt saved = attempts.save(attempt, DraftRepository::clearIn);
                roundThread.execute(() -> {
                    over = true;
                    listeners.saved(this, saved);
                    result.complete(saved);
                });
            } catch (RuntimeException e) {
                roundThread.execute(() -> {
                    autosaver.reopen();
                    result.completeExceptionally(e);
                });
            }
        });
        return result;
    }

    /**
     * Throws the round away: its draft is deleted and no attempt is saved.
     *
     * @return done on the round's thread once the draft is gone, or the failure
     */
    public CompletionStage<Void> abandon() {
        autosaver.close();
        over = true;
        CompletableFuture<Void> result = new CompletableFuture<>();
        saves.execute(() -> {
            try {
                drafts.clear();
                roundThread.execute(() -> result.complete(null));
            } catch (RuntimeException e) {
                roundThread.execute(() -> result.completeExceptionally(e));
            }
        });
        listeners.abandoned(this);
        return result;
    }

    /** @return whether the round is saved as an attempt or abandoned */
    public boolean over() {
        return over;
    }

    private boolean running() {
        TimerState state = round.timer().state();
        return state == TimerState.RUNNING || state == TimerState.PAUSED;
    }

    private void changed() {
        autosaver.saveNow();
    }
}
