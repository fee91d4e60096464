package dev.mockloop.interview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A {@link Scheduler} tests run by hand: tasks wait until {@link #advance} reaches their time. */
final class ManualScheduler implements Scheduler {

    private record Task(long atMs, long order, Runnable work, boolean[] cancelled) {
    }

    private final List<Task> tasks = new ArrayList<>();
    private long nowMs;
    private long order;

    @Override
    public synchronized Scheduled schedule(Runnable task, long delayMs) {
        boolean[] cancelled = {false};
        tasks.add(new Task(nowMs + delayMs, order++, task, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Runs everything due now, including what those tasks schedule for now. */
    void runDue() {
        advance(0);
    }

    /** Moves time on, running each task as its time comes, in time order. */
    void advance(long ms) {
        long until;
        synchronized (this) {
            until = nowMs + ms;
        }
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream().filter(t -> t.atMs() <= until)
                        .min(Comparator.comparingLong(Task::atMs).thenComparingLong(Task::order)).orElse(null);
                if (next == null) {
                    nowMs = until;
                    return;
                }
                tasks.remove(next);
                nowMs = Math.max(nowMs, next.atMs());
            }
            if (!next.cancelled()[0]) {
                next.work().run();
            }
        }
    }

    synchronized int pending() {
        return (int) tasks.stream().filter(t -> !t.cancelled()[0]).count();
    }
}
