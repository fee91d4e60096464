package dev.mockloop.interview;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The app's {@link Scheduler}: one daemon thread, {@code mockloop-interview}. A task that throws
 * is reported on standard error and the thread goes on.
 */
public final class ThreadScheduler implements Scheduler, AutoCloseable {

    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
        Thread thread = new Thread(r, "mockloop-interview");
        thread.setDaemon(true);
        return thread;
    });

    public ThreadScheduler() {
        // At close, queued saves run but heartbeats and debounces waiting for their time do not.
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setRemoveOnCancelPolicy(true);
    }

    @Override
    public Scheduled schedule(Runnable task, long delayMs) {
        try {
            ScheduledFuture<?> future = executor.schedule(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    System.err.println("Mockloop: interviewer mode: " + e);
                }
            }, Math.max(0, delayMs), TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        } catch (RejectedExecutionException closed) {
            return () -> { };
        }
    }

    /** Lets queued work (a save of the interviewer's sheet) finish, for up to 5 s. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
