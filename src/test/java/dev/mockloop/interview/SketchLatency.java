package dev.mockloop.interview;

import dev.mockloop.session.Ticker;
import dev.mockloop.sketch.Point;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Measures the time from a change of the candidate's sketch in the app to its SVG arriving at the
 * interviewer's page: the real service and server on 127.0.0.1, a thread standing in for the UI
 * thread, and a WebSocket client standing in for the browser (it stops the clock when the
 * message has arrived whole, before any drawing). Changes come {@code spacingMs} apart, as
 * strokes do when a person draws.
 */
public final class SketchLatency {

    private SketchLatency() {
    }

    /**
     * @param changes   how many sketch changes to time
     * @param spacingMs ms between one change's arrival and the next change
     * @return each change's latency in ms, in order
     */
    public static double[] measure(int changes, long spacingMs) {
        ExecutorService roundThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "round-thread"));
        ThreadScheduler scheduler = new ThreadScheduler();
        TestRound round = new TestRound();
        InterviewService service = new InterviewService(roundThread, scheduler, sheet -> { }, Clock.systemUTC(),
                Ticker.system(), new SecureRandom(), Optional::empty);
        CompletableFuture<InviteStatus> open = new CompletableFuture<>();
        try {
            CompletableFuture.runAsync(() -> {
                service.addStatusListener(s -> {
                    if (s.state() == InviteStatus.State.OPEN) {
                        open.complete(s);
                    }
                });
                service.invite(round.active, InterviewSettings.DEFAULTS);
            }, roundThread).join();
            String link = open.orTimeout(20, TimeUnit.SECONDS).join().link();
            double[] ms = new double[changes];
            try (PageClient page = PageClient.open(link, null)) {
                long revision = page.next("sketch").path("revision").asLong();
                for (int i = 0; i < changes; i++) {
                    int n = i;
                    long[] changedAt = new long[1];
                    CompletableFuture.runAsync(() -> {
                        changedAt[0] = System.nanoTime();
                        round.round().sketch().addStroke("#1f2937", 2,
                                List.of(new Point(n * 3, 10), new Point(n * 3 + 40, 60)));
                    }, roundThread).join();
                    long arrived;
                    long now;
                    do {
                        var message = page.next("sketch");
                        now = message.path("revision").asLong();
                        arrived = page.lastArrivalNanos();
                    } while (now <= revision);
                    revision = now;
                    ms[i] = (arrived - changedAt[0]) / 1e6;
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(spacingMs));
                }
            }
            return ms;
        } finally {
            CompletableFuture.runAsync(service::close, roundThread).join();
            scheduler.close();
            roundThread.shutdownNow();
            round.close();
        }
    }

    /** @return the median of the values */
    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** @return the largest value */
    public static double worst(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
