package dev.mockloop.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs disk and database work off the UI thread and hands the result back on it.
 * Screens take one through their constructor; tests pass {@link DirectTaskRunner} so
 * async code runs deterministically.
 */
public interface TaskRunner {

    /**
     * @param work      the blocking work, run in the background
     * @param onSuccess called on the UI thread with the result
     * @param onFailure called on the UI thread with what {@code work} threw
     */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
