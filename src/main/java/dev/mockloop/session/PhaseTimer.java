package dev.mockloop.session;

import java.util.List;

/**
 * The phase-by-phase clock of a round.
 *
 * <p>Every figure is derived from an injected monotonic {@link Ticker}: the timer stores
 * the active nanoseconds of each phase and the reading at which the running stretch
 * began, never a count of ticks, so a display that redraws late still shows the true
 * time. Pause stops the clock: paused time belongs to no phase. A phase that runs past
 * its budget keeps counting (overtime); only {@link #next()} moves on.
 *
 * <p>Not thread-safe: call it from one thread (the UI thread).
 */
public final class PhaseTimer {

    private static final long NANOS_PER_MS = 1_000_000L;

    private final Ticker ticker;
    private final long[] plannedMs;
    private final long[] activeNanos;
    private TimerState state = TimerState.NOT_STARTED;
    private int current;
    private long runningSince;

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
    }

    /** Starts the first phase. Does nothing unless the timer has not started. */
    public void start() {
        if (state == TimerState.NOT_STARTED) {
            runningSince = ticker.nanoTime();
            state = TimerState.RUNNING;
        }
    }

    /** Stops the clock; paused time counts towards no phase. Does nothing unless running. */
    public void pause() {
        if (state == TimerState.RUNNING) {
            closeStretch(ticker.nanoTime());
            state = TimerState.PAUSED;
        }
    }

    /** Restarts the clock after {@link #pause()}. Does nothing unless paused. */
    public void resume() {
        if (state == TimerState.PAUSED) {
            runningSince = ticker.nanoTime();
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
        if (state != TimerState.RUNNING && state != TimerState.PAUSED) {
            return;
        }
        if (current == plannedMs.length - 1) {
            finish();
            return;
        }
        long now = ticker.nanoTime();
        if (state == TimerState.RUNNING) {
            closeStretch(now);
            runningSince = now;
        }
        current++;
    }

    /** Ends the round now, early or not. The current phase keeps the time spent in it. */
    public void finish() {
        if (state == TimerState.FINISHED) {
            return;
        }
        if (state == TimerState.RUNNING) {
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
        long[] ms = actualMillisAt(ticker.nanoTime());
        long roundElapsed = 0;
        long roundPlanned = 0;
        for (int i = 0; i < ms.length; i++) {
            roundElapsed += ms[i];
            roundPlanned += plannedMs[i];
        }
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
        return java.util.Arrays.stream(actualMillisAt(ticker.nanoTime())).boxed().toList();
    }

    /** @return the budget of each phase in ms, in order */
    public List<Long> plannedMillis() {
        return java.util.Arrays.stream(plannedMs).boxed().toList();
    }

    private long[] actualMillisAt(long now) {
        long[] ms = new long[activeNanos.length];
        long cumulativeNanos = 0;
        long cumulativeMs = 0;
        for (int i = 0; i < activeNanos.length; i++) {
            cumulativeNanos += activeNanos[i];
            if (i == current && state == TimerState.RUNNING) {
                cumulativeNanos += now - runningSince;
            }
            long upToHere = cumulativeNanos / NANOS_PER_MS;
            ms[i] = upToHere - cumulativeMs;
            cumulativeMs = upToHere;
        }
        return ms;
    }

    private void closeStretch(long now) {
        activeNanos[current] += now - runningSince;
    }
}
