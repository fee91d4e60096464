package dev.mockloop.interview;

/**
 * Runs interviewer mode's timed work (the sketch's debounce, the clock's heartbeat, saves) on
 * one thread of its own. Injected so tests run the work by hand instead of sleeping.
 */
public interface Scheduler {

    /** Something scheduled, which can be called off. */
    interface Scheduled {
        /** Calls the task off if it has not started; does nothing otherwise. */
        void cancel();
    }

    /**
     * @param task    what to run
     * @param delayMs ms from now, 0 or more
     * @return the scheduled task
     */
    Scheduled schedule(Runnable task, long delayMs);

    /** Runs the task as soon as the thread is free. */
    default void execute(Runnable task) {
        schedule(task, 0);
    }
}
