package dev.mockloop.ui.shell;

import atlantafx.base.theme.PrimerLight;
import dev.mockloop.app.AppContext;
import dev.mockloop.app.MockloopApp;
import dev.mockloop.session.ManualTicker;
import dev.mockloop.ui.common.DirectTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import dev.mockloop.ui.packs.PackFileChooser;

/**
 * The real window over a temporary data directory, with time driven by hand and disk
 * work run in line so tests never sleep.
 */
final class MainWindowHarness {

    final ManualTicker ticker = new ManualTicker();
    final Clock clock = Clock.fixed(Instant.parse("2026-11-21T09:30:00Z"), ZoneOffset.UTC);
    final AppContext context;
    final MainWindow window;
    Path nextPackFile;
    /** The file the next save or open dialog answers with; null answers Cancel. */
    Path nextFile;
    /** The titles of the file dialogs shown, in order. */
    final java.util.List<String> fileDialogs = new java.util.ArrayList<>();
    private final dev.mockloop.ui.common.FileDialogs files = new dev.mockloop.ui.common.FileDialogs() {
        @Override
        public Optional<Path> save(javafx.stage.Window owner, String title, String initialName, String extension) {
            fileDialogs.add(title);
            return Optional.ofNullable(nextFile);
        }

        @Override
        public Optional<Path> open(javafx.stage.Window owner, String title, String extension) {
            fileDialogs.add(title);
            return Optional.ofNullable(nextFile);
        }
    };
    /** The backups the user chose to restore (the app would reopen everything). */
    final java.util.List<dev.mockloop.storage.Backup> restored = new java.util.ArrayList<>();
    /** The cue sounds the round played, in order. */
    final java.util.List<dev.mockloop.session.CueKind> cues = new java.util.ArrayList<>();
    Path nextFolder;
    Path nextExportFile;
    final java.util.List<Path> openedFolders = new java.util.ArrayList<>();

    MainWindowHarness(Path dataDir, Stage stage) {
        this(dataDir, stage, null, 1280, 860);
    }

    /** @param width the window's width in px, e.g. 1024 for the smallest laptop the layout is made for */
    MainWindowHarness(Path dataDir, Stage stage, double width, double height) {
        this(dataDir, stage, null, width, height);
    }

    MainWindowHarness(Path dataDir, Stage stage, dev.mockloop.settings.AppSettings preferences) {
        this(dataDir, stage, preferences, 1280, 860);
    }

    /**
     * @param roundThread where round results run; the UI thread ({@code Platform::runLater}) when
     *                    other threads (the interviewer's server) hand the round work
     * @param saves       where rounds are saved, or null for a thread of their own
     */
    MainWindowHarness(Path dataDir, Stage stage, java.util.concurrent.Executor roundThread,
                      java.util.concurrent.Executor saves) {
        this(dataDir, stage, null, 1280, 860, roundThread, saves);
    }

    MainWindowHarness(Path dataDir, Stage stage, dev.mockloop.settings.AppSettings preferences, double width,
            double height) {
        this(dataDir, stage, preferences, width, height, Runnable::run, Runnable::run);
    }

    /**
     * @param preferences the settings screen's preferences the app read at start, or null for
     *                    a window built without them (light, no welcome), as most tests use
     * @param width       the window's width in px
     */
    MainWindowHarness(Path dataDir, Stage stage, dev.mockloop.settings.AppSettings preferences, double width,
            double height, java.util.concurrent.Executor roundThread, java.util.concurrent.Executor saves) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        context = AppContext.open(dataDir, clock, ticker, roundThread, saves);
        // No test here records: a round left running by one test would hold the ALSA test
        // device the recording tests capture from (dev.mockloop.voice.AlsaHarness).
        context.voice().saveSettings(context.voice().settings().withEnabled(false));
        ShellServices services = new ShellServices(context.packs().store(), context.attempts(), context.rounds(),
                context.phaseStats(),
                context.frameworks(), context.settingsRepository(), cues::add, context.backups(), restored::add,
                new DirectTaskRunner(), ticker, clock, new PackFileChooser() {
                    @Override
                    public Optional<Path> choose(Window owner) {
                        return Optional.ofNullable(nextPackFile);
                    }

                    @Override
                    public Optional<Path> chooseFolder(Window owner) {
                        return Optional.ofNullable(nextFolder);
                    }

                    @Override
                    public Optional<Path> chooseExportFile(Window owner, String suggested) {
                        return Optional.ofNullable(nextExportFile);
                    }
                }, new Random(7), context.packs(), openedFolders::add, context.review(), files, context::coach,
                context::interview, context::voice);
        window = preferences == null
                ? new MainWindow(services, context.library(), context.settings(), context.userFrameworks(), context.draft())
                : new MainWindow(services, context.library(), context.settings(), preferences, context.userFrameworks(),
                        context.draft(), context.attemptedAtOpen());
        Scene scene = new Scene(window, width, height);
        scene.getStylesheets().add(MockloopApp.class.getResource(MockloopApp.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
        context.afterFirstFrame();  // as the app does once the first frame is up
    }
}
