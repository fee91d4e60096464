package dev.mockloop.app;

import atlantafx.base.theme.PrimerLight;
import dev.mockloop.pack.PackProblem;
import dev.mockloop.session.Ticker;
import dev.mockloop.ui.common.FxTaskRunner;
import dev.mockloop.ui.packs.PackFileChooser;
import dev.mockloop.ui.shell.MainWindow;
import dev.mockloop.ui.shell.ShellServices;
import java.time.Clock;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The desktop app. Shows its window at once while the data opens off the UI thread (from
 * process start when launched by {@link Main}), then puts the home screen up and imports
 * any pack files named on the command line.
 */
public final class MockloopApp extends Application {

    /** The app's stylesheet, on top of the AtlantaFX theme. */
    public static final String STYLESHEET = "/dev/mockloop/ui/mockloop.css";
    /** The app icon (256 px, from installer/icons), shown by the window manager. */
    private static final String ICON = "/dev/mockloop/ui/mockloop.png";

    private final FxTaskRunner tasks = new FxTaskRunner();
    private AppContext context;
    private SmokeRun smoke;

    /** Handed over by {@link Main}: JavaFX constructs this class itself, so it cannot be passed in. */
    private static volatile Opening early;

    /** Launches the window with the data already opening (see {@link Opening}). */
    static void launch(Opening opening, String[] args) {
        early = opening;
        Application.launch(MockloopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Opening opening = early != null ? early : Opening.begin(LaunchOptions.parse(getParameters().getRaw()));
        early = null;
        smoke = opening.smoke();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        StackPane root = new StackPane(new Label("Opening your practice data…"));
        root.setAlignment(Pos.CENTER);
        Scene scene = new Scene(root, 1360, 860);
        scene.getStylesheets().add(Objects.requireNonNull(MockloopApp.class.getResource(STYLESHEET)).toExternalForm());
        stage.setTitle("Mockloop");
        addIconWhenLoaded(stage);
        stage.setScene(scene);

        Consumer<AppContext> showHome = opened -> {
            context = opened;
            MainWindow window = new MainWindow(services(), opened.library());
            window.showAttempted(opened.attemptedAtOpen());
            scene.setRoot(window);
            guardClose(stage, window);
            warnAboutSkippedPacks(stage, opened);
            opening.options().packFiles().forEach(file -> window.packImport().importFile(file, stage));
            if (smoke != null) {
                smoke.homeShown(scene, opened.library().questions().size());
            }
        };
        AppContext openAlready = opening.openedNow();
        if (openAlready != null) {
            // The data opened while JavaFX started: the first frame is the home screen itself.
            showHome.accept(openAlready);
            stage.show();
            return;
        }
        stage.show();
        opening.whenDone(showHome, (dataDir, failure) -> {
            if (smoke != null) {
                smoke.fail("could not open the data in " + dataDir + ": " + failure);
            }
            Label message = new Label("Mockloop could not open its data"
                    + (dataDir == null ? "" : " in " + dataDir) + ".\n\n"
                    + failure.getMessage() + "\n\nYour files have not been changed.");
            message.setWrapText(true);
            message.setMaxWidth(640);
            root.getChildren().setAll(message);
        });
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

    private ShellServices services() {
        return new ShellServices(context.packStore(), context.attempts(), tasks, Ticker.system(),
                Clock.systemDefaultZone(), PackFileChooser.native_(), new Random());
    }

    private static void guardClose(Stage stage, MainWindow window) {
        stage.setOnCloseRequest(e -> {
            if (!window.roundInProgressProperty().get()) {
                return;
            }
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                    "A round is in progress and has not been saved. Quit anyway and lose it?",
                    ButtonType.CANCEL, ButtonType.OK);
            confirm.setHeaderText("Quit during a round?");
            confirm.initOwner(stage);
            if (confirm.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
                e.consume();
            }
        });
    }

    private static void warnAboutSkippedPacks(Stage stage, AppContext opened) {
        if (opened.packProblems().isEmpty()) {
            return;
        }
        Alert warning = new Alert(Alert.AlertType.WARNING, opened.packProblems().stream()
                .map(PackProblem::format).collect(Collectors.joining("\n")));
        warning.setHeaderText("Some imported packs were skipped");
        warning.initOwner(stage);
        warning.show();
    }

    @Override
    public void stop() throws Exception {
        tasks.close();
        if (context != null) {
            context.close();
        }
        if (smoke != null) {
            smoke.close();
        }
    }
}
