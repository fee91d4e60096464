package dev.mockloop.bench;

import dev.mockloop.session.PhaseTimer;
import dev.mockloop.session.Ticker;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How far the timer's record drifts from the monotonic clock over a real round, and
 * what a display snapshot costs (the UI takes one 60 times a second). The smoke run
 * ({@link Bench#smoke()}) times a round of 7 phases of 0.2 s and 1,000 snapshots.
 */
class TimerBench {

    /**
     * A real-clock round of 63 s through the real timer: seven phases of 9 s with a pause
     * in the middle, polled at 60 Hz as the UI does. Prints the gap between the recorded
     * total (active plus paused ms) and the monotonic clock over the same span; the goal
     * is 5 ms or less.
     */
    @Test
    void drift() throws InterruptedException {
        if (!Bench.wanted("timer.drift")) {
            return;
        }
        long phaseMs = Bench.size(9_000, 200);
        PhaseTimer timer = new PhaseTimer(Collections.nCopies(7, phaseMs), Ticker.system());
        long start = System.nanoTime();
        timer.start();
        for (int phase = 0; phase < 7; phase++) {
            long phaseEnd = start + (phase + 1) * phaseMs * 1_000_000L;
            while (System.nanoTime() < phaseEnd) {
                Thread.sleep(16);
                timer.snapshot();
                if (phase == 3 && timer.state() == dev.mockloop.session.TimerState.RUNNING
                        && System.nanoTime() > phaseEnd - phaseMs * 5 / 9 * 1_000_000L) {
                    timer.pause();
                    Thread.sleep(phaseMs / 6);
                    timer.resume();
                }
            }
            timer.next();
        }
        double elapsedMs = (System.nanoTime() - start) / 1e6;
        long recorded = timer.actualMillis().stream().mapToLong(Long::longValue).sum()
                + timer.pausedMillis().stream().mapToLong(Long::longValue).sum();
        Bench.report("timer.drift", Math.abs(elapsedMs - recorded), "ms");
    }

    @Test
    void snapshotCost() {
        if (!Bench.wanted("timer.snapshot_us")) {
            return;
        }
        PhaseTimer timer = new PhaseTimer(List.of(1L << 40), Ticker.system());
        timer.start();
        int calls = Bench.size(100_000, 1_000);
        double ms = Bench.medianMillis(5, 21, () -> {
            long sum = 0;
            for (int i = 0; i < calls; i++) {
                sum += timer.snapshot().roundElapsedMs();
            }
            return sum;
        });
        Bench.report("timer.snapshot_us", ms * 1000 / calls, "us");
    }
}
