package dev.mockloop.bench;

import dev.mockloop.session.PhaseTimer;
import dev.mockloop.session.Ticker;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How far the timer's display drifts from the wall clock over a real stretch of time,
 * reading {@link PhaseTimer#snapshot()} as the UI's frame loop does, and what a
 * snapshot costs (it runs 60 times a second).
 */
class TimerBench {

    @Test
    void drift() throws InterruptedException {
        if (!Bench.wanted("timer.drift_ms")) {
            return;
        }
        PhaseTimer timer = new PhaseTimer(Collections.nCopies(7, 6L * 60_000), Ticker.system());
        long wallStart = System.currentTimeMillis();
        timer.start();
        long worst = 0;
        for (int frame = 0; frame < 600; frame++) {  // 10 s of 60 Hz frames
            Thread.sleep(16);
            long shown = timer.snapshot().roundElapsedMs();
            long wall = System.currentTimeMillis() - wallStart;
            worst = Math.max(worst, Math.abs(wall - shown));
        }
        Bench.report("timer.drift_ms", worst, "ms");
    }

    @Test
    void snapshotCost() {
        if (!Bench.wanted("timer.snapshot_us")) {
            return;
        }
        PhaseTimer timer = new PhaseTimer(List.of(1L << 40), Ticker.system());
        timer.start();
        double ms = Bench.medianMillis(5, 21, () -> {
            long sum = 0;
            for (int i = 0; i < 100_000; i++) {
                sum += timer.snapshot().roundElapsedMs();
            }
            return sum;
        });
        Bench.report("timer.snapshot_us", ms * 1000 / 100_000, "us");
    }
}
