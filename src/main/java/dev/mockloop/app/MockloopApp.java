package dev.mockloop.app;

import atlantafx.base.theme.PrimerLight;
import dev.mockloop.pack.PackProblem;
import dev.mockloop.session.Ticker;
import dev.mockloop.storage.Backup;
import dev.mockloop.storage.BackupService;
import dev.mockloop.storage.Backups;
import dev.mockloop.storage.DataDirectory;
import dev.mockloop.ui.common.FileDialogs;
import dev.mockloop.ui.common.FxTaskRunner;
import dev.mockloop.ui.packs.PackFileChooser;
import dev.mockloop.ui.recovery.StartupProblemView;
import dev.mockloop.ui.session.ToneCuePlayer;
import dev.mockloop.ui.shell.MainWindow;
import dev.mockloop.ui.shell.ShellServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Collectors;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The desktop app. Shows its window at once, opens the data off the UI thread, then
 * puts the home screen up. Backs up the database at start (if it changed) and every 30
 * minutes, and restores a backup by closing, swapping and reopening everything.
 */
public final class MockloopApp extends Application {

    /** The app's stylesheet, on top of the AtlantaFX theme. */
    public static final String STYLESHEET = "/dev/mockloop/ui/mockloop.css";

    private final FxTaskRunner tasks = new FxTaskRunner();
    private final ToneCuePlayer cuePlayer = new ToneCuePlayer();
    private Path dataDir;
    private Stage stage;
    private Scene scene;
    private volatile AppContext context;
    private SingleInstance instance;
    private MainWindow window;

    /** Takes the data directory's single-instance lock, or hands over to the copy that has it. */
    @Override
    public void init() {
        dataDir = DataDirectory.resolve();
        try {
            DataDirectory.ensureExists(dataDir);
            instance = SingleInstance.acquire(dataDir, getParameters().getRaw(),
                    args -> Platform.runLater(() -> activate(args))).orElse(null);
        } catch (RuntimeException e) {
            return;  // an unusable data directory is reported by start(), on screen
        }
        if (instance == null) {
            System.out.println("Mockloop is already running; it was brought to the front.");
            Platform.exit();
        }
    }

    /** Another copy was started: come to the front, and import the pack files it was given. */
    private void activate(List<String> args) {
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
        if (window != null) {
            args.stream().filter(a -> a.endsWith(".json")).map(Path::of).filter(java.nio.file.Files::isRegularFile)
                    .forEach(file -> window.packImport().importPath(file, stage));
        }
    }

    @Override
    public void start(Stage primaryStage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage = primaryStage;
        StackPane opening = new StackPane(new Label("Opening your practice data…"));
        opening.setAlignment(Pos.CENTER);
        scene = new Scene(opening, 1360, 860);
        scene.getStylesheets().add(Objects.requireNonNull(MockloopApp.class.getResource(STYLESHEET)).toExternalForm());
        stage.setTitle("Mockloop");
        stage.setScene(scene);
        stage.show();
        open();
        Timeline periodic = new Timeline(new KeyFrame(Duration.millis(BackupService.PERIODIC_MS), e -> backUp("periodic")));
        periodic.setCycleCount(Animation.INDEFINITE);
        periodic.play();
    }

    private void open() {
        tasks.run(() -> AppContext.open(dataDir), opened -> {
            context = opened;
            showWindow(opened);
            warnAboutSkippedPacks(opened);
            backUp("start");
        }, this::showStartupProblem);
    }

    private void showWindow(AppContext opened) {
        MainWindow shown = new MainWindow(services(opened), opened.library(), opened.settings(),
                opened.userFrameworks(), opened.draft());
        window = shown;
        scene.setRoot(shown);
        stage.setOnCloseRequest(e -> {
            if (shown.roundInProgressProperty().get() && !confirm("Quit during a round?",
                    "The round is autosaved, and Mockloop offers it again when it next starts. Quit now?")) {
                e.consume();
            }
        });
    }

    private ShellServices services(AppContext opened) {
        return new ShellServices(opened.packStore(), opened.attempts(), opened.drafts(), opened.phaseStats(),
                opened.frameworks(), opened.settingsRepository(), cuePlayer, opened.backups(), this::restore,
                tasks, Ticker.system(), Clock.systemDefaultZone(), PackFileChooser.native_(), new Random(),
                opened.packs(), folder -> getHostServices().showDocument(folder.toUri().toString()),
                opened.review(), FileDialogs.native_());
    }

    /** Backs up off the UI thread if the data changed since the newest backup. */
    private void backUp(String reason) {
        AppContext current = context;
        if (current != null) {
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
                Backups.restore(backup.file(), file);
            } finally {
                context = AppContext.open(dataDir);
            }
            return context;
        }, reopened -> {
            showWindow(reopened);
            inform("Backup restored", "Your data is as it was on " + when(backup) + ". What you had before is "
                    + "in a backup of its own, should you want it back.");
        }, failure -> {
            if (context != null) {
                showWindow(context);
            }
            inform("Not restored", failure.getMessage());
        });
    }

    /** Data that cannot be opened gets a screen saying why, with the newest backup one click away. */
    private void showStartupProblem(Throwable failure) {
        Path dbFile = DataDirectory.databaseFile(dataDir);
        List<Backup> backups = new Backups(Backups.folderFor(dbFile), Clock.systemDefaultZone()).list();
        Backup newest = backups.isEmpty() ? null : backups.get(0);
        scene.setRoot(new StartupProblemView(failure.getMessage(),
                newest == null ? null : "Restore the backup of " + when(newest),
                () -> tasks.run(() -> {
                    Backups.restore(newest.file(), dbFile);
                    return newest;
                }, restored -> open(), this::showStartupProblem),
                Platform::exit));
    }

    private static String when(Backup backup) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withZone(ZoneId.systemDefault()).format(backup.takenAt());
    }

    private void warnAboutSkippedPacks(AppContext opened) {
        if (!opened.packProblems().isEmpty()) {
            inform("Some imported packs were skipped",
                    opened.packProblems().stream().map(PackProblem::format).collect(Collectors.joining("\n")));
        }
    }

    private void inform(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.setHeaderText(header);
        alert.initOwner(stage);
        alert.show();
    }

    private boolean confirm(String header, String text) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.CANCEL, ButtonType.OK);
        confirm.setHeaderText(header);
        confirm.initOwner(stage);
        return confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    @Override
    public void stop() throws Exception {
        tasks.close();
        if (context != null) {
            context.close();
        }
        if (instance != null) {
            instance.close();
        }
    }
}
