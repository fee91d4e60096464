package dev.mockloop.session;

import java.util.Arrays;
import java.util.List;

/**
 * The phase-by-phase clock of a round.
 *
 * <p>Every figure is derived from an injected monotonic {@link Ticker}: the timer stores
 * the active and paused nanoseconds of each phase and the reading at which the current
 * stretch began, never a count of ticks, so a display that redraws late still shows the
 * true time. Pause stops the clock: paused time is kept apart, per phase, and counts
 * towards no budget. A phase that runs past its budget keeps counting (overtime); only
 * {@link #next()}, {@link #back()} or {@link #finish()} move on.
 *
 * <p>Not thread-safe: call it from one thread (the UI thread).
 */
public final class PhaseTimer {

    /** The shortest a later phase can be squeezed to when an extension takes its time: 1 minute. */
    public static final long MIN_PHASE_MS = 60_000;

    private static final long NANOS_PER_MS = 1_000_000L;

    private final Ticker ticker;
    private final long[] plannedMs;
    private final long[] activeNanos;
    private final long[] pausedNanos;
    private final int[] pauses;
    private TimerState state = TimerState.NOT_STARTED;
    private int current;
    private long stretchStart;

    /**
     * @param plannedMs the budget of each phase in ms, in order; at least one
     * @param ticker    the monotonic time source
     * @throws IllegalArgumentException if there are no phases or a budget is not above 0
     */
    public PhaseTimer(List<Long> plannedMs, Ticker ticker) {
        if (plannedMs.isEmpty()) {
            throw new IllegalArgumentException("a round needs at least one phase");
        }
        this.ticker = ticker;
        this.plannedMs = plannedMs.stream().mapToLong(Long::longValue).toArray();
        for (long ms : this.plannedMs) {
            if (ms <= 0) {
                throw new IllegalArgumentException("phase budgets must be above 0 ms, got " + ms);
            }
        }
        this.activeNanos = new long[this.plannedMs.length];
        this.pausedNanos = new long[this.plannedMs.length];
        this.pauses = new int[this.plannedMs.length];
    }

    /**
     * Rebuilds a timer from a memento. A timer that was running comes back paused: after
     * a crash nobody was there to use the time, so the user resumes when ready.
     *
     * @throws IllegalArgumentException if the memento is inconsistent
     */
    public static PhaseTimer restore(TimerMemento memento, Ticker ticker) {
        PhaseTimer timer = new PhaseTimer(memento.plannedMs(), ticker);
        for (int i = 0; i < timer.plannedMs.length; i++) {
            timer.activeNanos[i] = memento.activeNanos().get(i);
            timer.pausedNanos[i] = memento.pausedNanos().get(i);
            timer.pauses[i] = memento.pauses().get(i);
        }
        timer.current = memento.current();
        timer.state = memento.state() == TimerState.RUNNING ? TimerState.PAUSED : memento.state();
        timer.stretchStart = ticker.nanoTime();
        return timer;
    }

    /** Starts the first phase. Does nothing unless the timer has not started. */
    public void start() {
        if (state == TimerState.NOT_STARTED) {
            stretchStart = ticker.nanoTime();
            state = TimerState.RUNNING;
        }
    }

    /** Stops the clock; paused time counts towards no budget. Does nothing unless running. */
    public void pause() {
        if (state == TimerState.RUNNING) {
            closeStretch(ticker.nanoTime());
            pauses[current]++;
            state = TimerState.PAUSED;
        }
    }

    /** Restarts the clock after {@link #pause()}. Does nothing unless paused. */
    public void resume() {
        if (state == TimerState.PAUSED) {
            closeStretch(ticker.nanoTime());
            state = TimerState.RUNNING;
        }
    }

    /** Pauses when running, resumes when paused. */
    public void togglePause() {
        if (state == TimerState.RUNNING) {
            pause();
        } else {
            resume();
        }
    }

    /**
     * Ends the current phase and starts the next, keeping the running or paused state.
     * Past the last phase the round finishes. Does nothing before start or after finish.
     */
    public void next() {
        if (!inProgress()) {
            return;
        }
        if (current == plannedMs.length - 1) {
            finish();
            return;
        }
        closeStretch(ticker.nanoTime());
        current++;
    }

    /**
     * Goes back to the previous phase, which carries on from the time it already had; the
     * phase left keeps the time spent in it. Does nothing in the first phase, before
     * start or after finish.
     */
    public void back() {
        if (!inProgress() || current == 0) {
            return;
        }
        closeStretch(ticker.nanoTime());
        current--;
    }

    /**
     * Gives the current phase more time.
     *
     * @param ms   the extension in ms, above 0 (the UI offers 1 and 5 minutes)
     * @param mode whether later phases give the time up or the round grows; later phases
     *             never shrink below {@link #MIN_PHASE_MS}, and what they cannot give is
     *             added to the round
     * @throws IllegalArgumentException if {@code ms} is not above 0
     */
    public void extend(long ms, ExtendMode mode) {
        if (ms <= 0) {
            throw new IllegalArgumentException("an extension must be above 0 ms, got " + ms);
        }
        if (!inProgress() && state != TimerState.NOT_STARTED) {
            return;
        }
        plannedMs[current] += ms;
        if (mode == ExtendMode.TAKE_FROM_LATER_PHASES) {
            long owed = ms;
            for (int i = current + 1; i < plannedMs.length && owed > 0; i++) {
                long give = Math.min(owed, Math.max(0, plannedMs[i] - MIN_PHASE_MS));
                plannedMs[i] -= give;
                owed -= give;
            }
        }
    }

    /** Ends the round now, early or not. The current phase keeps the time spent in it. */
    public void finish() {
        if (state == TimerState.FINISHED) {
            return;
        }
        if (inProgress()) {
            closeStretch(ticker.nanoTime());
        }
        state = TimerState.FINISHED;
        current = plannedMs.length;
    }

    /** @return the timer's state */
    public TimerState state() {
        return state;
    }

    /** @return the index of the current phase, or the phase count once finished */
    public int currentPhase() {
        return current;
    }

    /** @return the number of phases */
    public int phaseCount() {
        return plannedMs.length;
    }

    /** @return every display figure, read at one instant */
    public TimerSnapshot snapshot() {
        long now = ticker.nanoTime();
        long[] ms = cutIntoMillis(activeAt(now));
        long roundElapsed = Arrays.stream(ms).sum();
        long roundPlanned = Arrays.stream(plannedMs).sum();
        boolean finished = state == TimerState.FINISHED;
        return new TimerSnapshot(state, current,
                finished ? 0 : ms[current], finished ? 0 : plannedMs[current],
                roundElapsed, roundPlanned);
    }

    /**
     * The time spent in each phase in ms, pauses excluded. The values are cut from one
     * running total, so they always add up to the round's elapsed ms exactly.
     *
     * @return one value per phase, in order; 0 for phases not reached
     */
    public List<Long> actualMillis() {
        return boxed(cutIntoMillis(activeAt(ticker.nanoTime())));
    }

    /** @return the time spent paused in each phase in ms, in order */
    public List<Long> pausedMillis() {
        long now = ticker.nanoTime();
        long[] paused = pausedNanos.clone();
        if (state == TimerState.PAUSED) {
            paused[current] += now - stretchStart;
        }
        return boxed(cutIntoMillis(paused));
    }

    /** @return how many times the user paused in each phase */
    public List<Integer> pauseCounts() {
        return Arrays.stream(pauses).boxed().toList();
    }

    /** @return the budget of each phase in ms after extensions, in order */
    public List<Long> plannedMillis() {
        return boxed(plannedMs);
    }

    /** @return the exact state now, for saving; see {@link #restore} */
    public TimerMemento memento() {
        long now = ticker.nanoTime();
        long[] paused = pausedNanos.clone();
        if (state == TimerState.PAUSED) {
            paused[current] += now - stretchStart;
        }
        return new TimerMemento(boxed(plannedMs), boxed(activeAt(now)), boxed(paused),
                Arrays.stream(pauses).boxed().toList(), current, state);
    }

    private boolean inProgress() {
        return state == TimerState.RUNNING || state == TimerState.PAUSED;
    }

    private long[] activeAt(long now) {
        long[] active = activeNanos.clone();
        if (state == TimerState.RUNNING) {
            active[current] += now - stretchStart;
        }
        return active;
    }

    /** Cuts per-phase nanoseconds into ms from a running total, so the parts sum to the whole. */
    private static long[] cutIntoMillis(long[] nanos) {
        long[] ms = new long[nanos.length];
        long cumulativeNanos = 0;
        long cumulativeMs = 0;
        for (int i = 0; i < nanos.length; i++) {
            cumulativeNanos += nanos[i];
            long upToHere = cumulativeNanos / NANOS_PER_MS;
            ms[i] = upToHere - cumulativeMs;
            cumulativeMs = upToHere;
        }
        return ms;
    }

    /** Adds the stretch since {@link #stretchStart} to the current phase's active or paused time. */
    private void closeStretch(long now) {
        if (state == TimerState.RUNNING) {
            activeNanos[current] += now - stretchStart;
        } else if (state == TimerState.PAUSED) {
            pausedNanos[current] += now - stretchStart;
        }
        stretchStart = now;
    }

    private static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
