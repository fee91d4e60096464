package dev.mockloop.app;

import dev.mockloop.storage.DataDirectory;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Opening the user's data ({@link AppContext#open}), started by {@link Main} before the
 * JavaFX toolkit so that the two overlap: on a 2-core machine the toolkit takes about
 * 0.4 s to start and the data about 0.3 s to open (BENCHMARKS.md), and the home screen
 * needs both.
 */
final class Opening {

    private final LaunchOptions options;
    private final SmokeRun smoke;
    private final CompletableFuture<Path> dataDir = new CompletableFuture<>();
    private final CompletableFuture<AppContext> context = new CompletableFuture<>();

    private Opening(LaunchOptions options) {
        this.options = options;
        this.smoke = options.smoke() == LaunchOptions.Smoke.OFF ? null : SmokeRun.start();
    }

    /**
     * Starts opening the data on a background thread and returns at once.
     *
     * @param options the command line; a smoke run opens its own data folder
     */
    static Opening begin(LaunchOptions options) {
        Opening opening = new Opening(options);
        Thread thread = new Thread(opening::open, "mockloop-open");
        thread.setDaemon(true);
        thread.start();
        return opening;
    }

    private void open() {
        try {
            Path dir = smoke == null ? DataDirectory.resolve() : smoke.dataDir();
            dataDir.complete(dir);
            context.complete(AppContext.open(dir));
        } catch (Throwable e) {
            dataDir.complete(null);
            context.completeExceptionally(e);
        }
    }

    /** @return the command line this start was given */
    LaunchOptions options() {
        return options;
    }

    /** @return the smoke run, or null for a normal start */
    SmokeRun smoke() {
        return smoke;
    }

    /** @return the open data if opening has already succeeded, else null (then wait with {@link #whenDone}) */
    AppContext openedNow() {
        return context.isDone() && !context.isCompletedExceptionally() ? context.join() : null;
    }

    /**
     * Calls back on the JavaFX thread once the data is open, or has failed to open.
     *
     * @param opened called with the open data; the caller closes it
     * @param failed called with the folder (null if it could not be worked out) and the cause
     */
    void whenDone(Consumer<AppContext> opened, FailureHandler failed) {
        context.whenComplete((done, error) -> Platform.runLater(() -> {
            if (error == null) {
                opened.accept(done);
            } else {
                failed.failed(dataDir.getNow(null), error);
            }
        }));
    }

    /** What to do when the data cannot be opened. */
    @FunctionalInterface
    interface FailureHandler {
        /**
         * @param dataDir the data folder, or null if it could not be worked out
         * @param cause   why it could not be opened
         */
        void failed(Path dataDir, Throwable cause);
    }
}
