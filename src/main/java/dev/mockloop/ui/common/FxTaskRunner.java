package dev.mockloop.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs work on one background thread, in submission order, and reports on the JavaFX
 * thread. The app makes two: {@link #io()} for the database (one thread keeps every call on
 * the same connection in sequence, and a save never waits behind anything slow), and
 * {@link #slow()} for network and other unbounded work (downloads, reading and checking a
 * pack), so that a stalled server can never hold up a save.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    /** The database thread's name. */
    public static final String IO_THREAD = "mockloop-io";
    /** The slow-work thread's name. */
    public static final String SLOW_THREAD = "mockloop-slow";

    private final ExecutorService executor;
    private final boolean interruptOnClose;

    /** A runner on a thread named {@value #IO_THREAD}; {@link #close()} lets queued saves finish. */
    public FxTaskRunner() {
        this(IO_THREAD, false);
    }

    private FxTaskRunner(String threadName, boolean interruptOnClose) {
        this.interruptOnClose = interruptOnClose;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** @return a runner for the database, on {@value #IO_THREAD} */
    public static FxTaskRunner io() {
        return new FxTaskRunner();
    }

    /**
     * @return a runner for network and other unbounded work, on {@value #SLOW_THREAD};
     *         closing it interrupts what runs (a download stops at once)
     */
    public static FxTaskRunner slow() {
        return new FxTaskRunner(SLOW_THREAD, true);
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    /**
     * The database runner lets queued work (a save in flight) finish, for up to 10 s, then
     * stops its thread; the slow runner interrupts its work and waits up to 1 s.
     */
    @Override
    public void close() throws InterruptedException {
        if (interruptOnClose) {
            executor.shutdownNow();
            executor.awaitTermination(1, TimeUnit.SECONDS);
        } else {
            executor.shutdown();
            executor.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
