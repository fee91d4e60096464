package dev.mockloop.app;

import dev.mockloop.storage.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * A smoke run ({@code --smoke}, {@code --smoke-window}): the real start-up, up to the home
 * screen being interactive, then one line on standard output and exit code 0. Anything
 * that goes wrong, or no home screen within {@link #TIMEOUT}, prints why on standard error
 * and exits 1. CI and the installer use it to check a packaged app; the start-up benchmark
 * times it.
 *
 * <p>"Interactive" means the home screen has been laid out by a pulse and the JavaFX thread
 * has then come back to its event queue, so a click now would be handled.
 */
final class SmokeRun {

    /** How long the home screen may take before the run fails; a cold first start takes about 2 s. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** The start of the line printed once the home screen is interactive. */
    static final String READY = "mockloop smoke: home screen ready";

    private final Path dataDir;
    private final boolean ownsDataDir;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "mockloop-smoke-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private SmokeRun(Path dataDir, boolean ownsDataDir) {
        this.dataDir = dataDir;
        this.ownsDataDir = ownsDataDir;
    }

    /**
     * Sets up the JavaFX platform for a headless run. Must run before the toolkit starts;
     * Monocle (org.testfx:openjfx-monocle) ships with the app for this.
     */
    static void useHeadlessPlatform() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        // Monocle's headless screen is 1280x800 by default, smaller than the window: drawing fails.
        System.setProperty("headless.geometry", "1920x1200-32");
        System.setProperty("java.awt.headless", "true");
    }

    /**
     * Starts a smoke run: uses {@code MOCKLOOP_HOME} when set, otherwise a new temporary
     * data folder (deleted by {@link #close()}) so a check never touches the user's data.
     *
     * @throws UncheckedIOException if the temporary folder cannot be created
     */
    static SmokeRun start() {
        String home = System.getenv(DataDirectory.HOME_VARIABLE);
        SmokeRun run;
        if (home != null && !home.isBlank()) {
            run = new SmokeRun(DataDirectory.resolve(), false);
        } else {
            try {
                run = new SmokeRun(Files.createTempDirectory("mockloop-smoke-"), true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a temporary data folder for the smoke run", e);
            }
        }
        run.watchdog.schedule(() -> run.fail("the home screen was not ready after " + TIMEOUT.toSeconds() + " s"),
                TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        return run;
    }

    /** @return the data folder this run opens */
    Path dataDir() {
        return dataDir;
    }

    /**
     * Call on the JavaFX thread right after the home screen became the scene's root: waits
     * for the pulse that lays it out, then for the event queue, then reports and exits.
     *
     * @param questions how many questions the home screen lists; none fails the run
     */
    void homeShown(Scene scene, int questions) {
        if (questions == 0) {
            fail("the home screen lists no questions: the bundled packs did not load");
            return;
        }
        AfterLayout.run(scene, () -> {
            System.out.println(READY + " with " + questions + " questions");
            System.out.flush();
            Platform.exit();
        });
    }

    /** Reports why the run failed on standard error and exits with status 1. */
    void fail(String why) {
        System.err.println("mockloop smoke: FAILED: " + why);
        System.err.flush();
        close();
        System.exit(1);
    }

    /** Stops the watchdog and deletes the temporary data folder, if this run made one. */
    void close() {
        watchdog.shutdownNow();
        if (!ownsDataDir) {
            return;
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            System.err.println("mockloop smoke: could not delete the temporary folder " + dataDir);
        }
    }
}
