package dev.mockloop.app;

import atlantafx.base.theme.PrimerLight;
import dev.mockloop.settings.SystemTheme;
import dev.mockloop.storage.Backup;
import dev.mockloop.storage.BackupService;
import dev.mockloop.storage.Backups;
import dev.mockloop.storage.DataDirectory;
import dev.mockloop.ui.common.FileDialogs;
import dev.mockloop.ui.common.FxTaskRunner;
import dev.mockloop.ui.common.IconFont;
import dev.mockloop.ui.packs.PackFileChooser;
import dev.mockloop.ui.recovery.ReadOnlyBanner;
import dev.mockloop.ui.session.ToneCuePlayer;
import dev.mockloop.ui.settings.Themes;
import dev.mockloop.ui.shell.MainWindow;
import dev.mockloop.ui.shell.ShellServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The desktop app. Shows its window at once while the data opens off the UI thread (from
 * process start when launched by {@link Main}), then puts the home screen up (or the
 * round to recover) and imports any pack files named on the command line. Backs up the
 * database at start (if it changed) and every 30 minutes, and restores a backup by
 * closing, swapping and reopening everything.
 */
public final class MockloopApp extends Application {

    /** The app's stylesheet, on top of the AtlantaFX theme. */
    public static final String STYLESHEET = "/dev/mockloop/ui/mockloop.css";
    /** The app icon (256 px, from installer/icons), shown by the window manager. */
    private static final String ICON = "/dev/mockloop/ui/mockloop.png";

    /**
     * How long the window waits for the data before it shows "Opening your practice data…",
     * ms: about what the data still takes when JavaFX is up, on a 2-core machine.
     */
    private static final long PLACEHOLDER_AFTER_MS = 250;
    /** Handed over by {@link Main}: JavaFX constructs this class itself, so they cannot be passed in. */
    private static volatile Opening early;
    private static volatile SingleInstance earlyInstance;
    /** Where a later copy's arguments go once the window is up. */
    private static volatile java.util.function.Consumer<List<String>> activation = args -> { };

    private final FxTaskRunner tasks = FxTaskRunner.io();
    /** Downloads and other unbounded work: never on the database's thread (issue 15). */
    private final FxTaskRunner slowTasks = FxTaskRunner.slow();
    private final ToneCuePlayer cuePlayer = new ToneCuePlayer();
    private volatile AppContext context;
    private SmokeRun smoke;
    private SingleInstance instance;
    private Path dataDir;
    private Stage stage;
    private AppDialogs dialogs;
    private Scene scene;
    private MainWindow window;
    private WindowKeeper windowKeeper;
    /** Whether the window has been put where it was last time (once, when the data first opens). */
    private boolean placed;
    private Themes themes;
    private Timeline periodic;
    private long periodicMs;

    /** Launches the window with the data already opening (see {@link Opening}). */
    static void launch(Opening opening, SingleInstance lock, String[] args) {
        early = opening;
        earlyInstance = lock;
        Application.launch(MockloopApp.class, args);
    }

    /** A later copy of the app was started with these arguments; see {@link SingleInstance}. */
    static void activate(List<String> args) {
        Platform.runLater(() -> activation.accept(args));
    }

    @Override
    public void start(Stage primaryStage) {
        Opening opening = early != null ? early : Opening.begin(LaunchOptions.parse(getParameters().getRaw()));
        early = null;
        instance = earlyInstance;
        earlyInstance = null;
        smoke = opening.smoke();
        stage = primaryStage;
        dialogs = new AppDialogs(stage, slowTasks);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        StackPane root = new StackPane(new Label("Opening your practice data…"));
        root.setAlignment(Pos.CENTER);
        scene = new Scene(root, 1360, 860);
        scene.getStylesheets().add(Objects.requireNonNull(MockloopApp.class.getResource(STYLESHEET)).toExternalForm());
        stage.setTitle("Mockloop");
        if (smoke == null) {
            // The first frame already fits the screen; the saved place follows once the data is open.
            windowKeeper = new WindowKeeper(stage);
            windowKeeper.restore(Map.of());
        }
        addIconWhenLoaded(stage);
        stage.setScene(scene);
        activation = this::handOver;

        AppContext openAlready = opening.openedNow();
        if (openAlready != null) {
            // The data opened while JavaFX started: the first frame is the home screen itself.
            opened(openAlready, opening.options().packFiles());
            stage.show();
        } else {
            // The data is nearly open: waiting a little for it usually makes the home screen
            // the first frame, and saves drawing the placeholder first (BENCHMARKS.md, start-up).
            PauseTransition placeholder = new PauseTransition(Duration.millis(PLACEHOLDER_AFTER_MS));
            placeholder.setOnFinished(e -> stage.show());
            placeholder.play();
            IconFont.load();  // while the UI thread waits anyway
            opening.whenDone(opened -> {
                placeholder.stop();
                opened(opened, opening.options().packFiles());
                stage.show();
            }, (dir, failure) -> {
                placeholder.stop();
                stage.show();
                dataDir = dir != null ? dir : DataDirectory.resolve();
                if (smoke != null) {
                    smoke.fail("could not open the data in " + dir + ": " + failure);
                }
                showStartupProblem(failure);
            });
        }
        backUpEvery(BackupService.PERIODIC_MS);
    }

    /** (Re)starts the periodic backup at this interval, ms. */
    private void backUpEvery(long ms) {
        if (periodic != null && ms == periodicMs) {
            return;
        }
        if (periodic != null) {
            periodic.stop();
        }
        periodicMs = ms;
        periodic = new Timeline(new KeyFrame(Duration.millis(ms), e -> backUp("periodic")));
        periodic.setCycleCount(Animation.INDEFINITE);
        periodic.play();
    }

    private void opened(AppContext opened, List<Path> packFiles) {
        dataDir = opened.dataDir();
        if (windowKeeper != null && !placed) {
            placed = true;
            windowKeeper.restore(opened.savedSettings());
        }
        showWindow(opened);
        dialogs.skippedPacks(opened.packProblems());
        packFiles.forEach(file -> window.packImport().importPath(file, stage));
        if (smoke != null) {
            smoke.homeShown(scene, opened.library().questions().size());
        } else {
            backUp("start");
        }
    }

    private void showWindow(AppContext opened) {
        context = opened;
        MainWindow shown = new MainWindow(services(opened), opened.library(), opened.settings(), opened.appSettings(),
                opened.userFrameworks(), opened.draft(), opened.attemptedAtOpen());
        if (themes == null) {
            themes = new Themes(scene, tasks, SystemTheme::prefersDark, opened.systemPrefersDark());
        }
        themes.follow(shown.settingsModel().preferencesProperty());
        backUpEvery(opened.appSettings().backupMs());
        shown.settingsModel().preferencesProperty().addListener((obs, old, now) -> backUpEvery(now.backupMs()));
        Parent root = opened.readOnlyReason().<Parent>map(why -> new VBox(new ReadOnlyBanner(why), grown(shown)))
                .orElse(shown);
        window = shown;
        scene.setRoot(root);
        if (smoke == null) {
            // What start-up leaves until the first frame is laid out, on the I/O thread. A smoke
            // run exits at that frame (FirstFrameTest: none of the features' classes loads before it).
            AfterLayout.run(scene, () -> tasks.run(() -> {
                opened.afterFirstFrame();
                return opened;
            }, done -> { }, failure -> System.err.println("Mockloop: after the first frame: " + failure.getMessage())));
        }
        stage.setOnCloseRequest(e -> {
            if (shown.roundInProgressProperty().get() && !dialogs.confirm("Quit during a round?",
                    "The round is autosaved, and Mockloop offers it again when it next starts. Quit now?")) {
                e.consume();
            }
        });
    }

    private ShellServices services(AppContext opened) {
        return new ShellServices(opened.packs().store(), opened.attempts(), opened.rounds(), opened.phaseStats(),
                opened.frameworks(), opened.settingsRepository(), cuePlayer, opened.backups(), this::restore,
                tasks, opened.ticker(), opened.clock(), PackFileChooser.native_(), new Random(),
                opened.packs(), folder -> getHostServices().showDocument(folder.toUri().toString()),
                opened.review(), FileDialogs.native_(), FeatureSuppliers.coach(opened), FeatureSuppliers.interview(opened),
                FeatureSuppliers.voice(opened),
                slowTasks);
    }

    /**
     * Another copy of this user's was started: come to the front, and preview the pack files
     * it was given; nothing is installed before the user says so.
     */
    private void handOver(List<String> args) {
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
        if (window != null) {
            LaunchOptions.parse(args).packFiles().stream().filter(Files::isRegularFile)
                    .forEach(file -> window.packImport().importHandedOver(file, stage));
        }
    }

    /** Backs up off the UI thread if the data changed since the newest backup. */
    private void backUp(String reason) {
        AppContext current = context;
        if (current != null && current.readOnlyReason().isEmpty()) {
            tasks.run(() -> current.backups().backupIfChanged(reason), made -> { },
                    failure -> System.err.println("Mockloop: backup failed: " + failure.getMessage()));
        }
    }

    /** Backs up the current data, closes it, puts the backup in its place and reopens everything. */
    private void restore(Backup backup) {
        AppContext current = context;
        context = null;
        tasks.run(() -> {
            current.backups().backupNow("before-restore");
            Path file = current.databaseFile();
            current.close();
            try {
                Backups.restore(backup.file(), file, current.clock());
            } finally {
                context = AppContext.open(dataDir);
            }
            return context;
        }, reopened -> {
            showWindow(reopened);
            dialogs.inform("Backup restored", "Your data is as it was on " + AppDialogs.when(backup, reopened.clock()) + ". What you had before is "
                    + "in a backup of its own, should you want it back.");
        }, failure -> {
            if (context != null) {
                showWindow(context);
            }
            dialogs.inform("Not restored", failure.getMessage());
        });
    }

    /** Data that cannot be opened gets a screen saying why, and the ways on (see {@link StartupProblemScreen}). */
    private void showStartupProblem(Throwable failure) {
        new StartupProblemScreen(scene, dataDir, tasks, reopened -> opened(reopened, List.of()), dialogs::inform,
                AppDialogs::when).show(failure);
    }

    private static Parent grown(Parent node) {
        VBox.setVgrow(node, Priority.ALWAYS);
        return node;
    }

    /** Decoding the icon took a tenth of the UI thread's start-up, so it loads in the background. */
    private static void addIconWhenLoaded(Stage stage) {
        Image icon = new Image(Objects.requireNonNull(MockloopApp.class.getResource(ICON)).toExternalForm(), true);
        icon.progressProperty().addListener((obs, old, progress) -> {
            if (progress.doubleValue() >= 1 && !icon.isError()) {
                stage.getIcons().add(icon);
            }
        });
    }

    @Override
    public void stop() throws Exception {
        AppContext current = context;
        if (windowKeeper != null && current != null) {
            Map<String, String> placement = windowKeeper.current();
            tasks.run(() -> {
                current.settingsRepository().put(placement);
                return placement;
            }, saved -> { }, failure -> System.err.println("Mockloop: the window's place was not saved: "
                    + failure.getMessage()));
        }
        slowTasks.close();
        tasks.close();
        if (context != null) {
            context.close();
        }
        if (smoke != null) {
            smoke.close();
        }
        if (instance != null) {
            instance.close();
        }
    }
}
