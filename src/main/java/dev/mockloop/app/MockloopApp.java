package dev.mockloop.app;

import atlantafx.base.theme.PrimerLight;
import dev.mockloop.pack.PackProblem;
import dev.mockloop.session.Ticker;
import dev.mockloop.storage.DataDirectory;
import dev.mockloop.ui.common.FxTaskRunner;
import dev.mockloop.ui.packs.PackFileChooser;
import dev.mockloop.ui.shell.MainWindow;
import dev.mockloop.ui.shell.ShellServices;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The desktop app. Shows its window at once, opens the data off the UI thread, then
 * puts the home screen up.
 */
public final class MockloopApp extends Application {

    /** The app's stylesheet, on top of the AtlantaFX theme. */
    public static final String STYLESHEET = "/dev/mockloop/ui/mockloop.css";

    private final FxTaskRunner tasks = new FxTaskRunner();
    private AppContext context;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path dataDir = DataDirectory.resolve();
        Label opening = new Label("Opening your practice data…");
        StackPane root = new StackPane(opening);
        root.setAlignment(Pos.CENTER);
        Scene scene = new Scene(root, 1360, 860);
        scene.getStylesheets().add(Objects.requireNonNull(MockloopApp.class.getResource(STYLESHEET)).toExternalForm());
        stage.setTitle("Mockloop");
        stage.setScene(scene);
        stage.show();

        tasks.run(() -> AppContext.open(dataDir), opened -> {
            context = opened;
            MainWindow window = new MainWindow(services(), opened.library());
            scene.setRoot(window);
            guardClose(stage, window);
            warnAboutSkippedPacks(stage, opened);
        }, failure -> {
            Label message = new Label("Mockloop could not open its data in " + dataDir + ".\n\n"
                    + failure.getMessage() + "\n\nYour files have not been changed.");
            message.setWrapText(true);
            message.setMaxWidth(640);
            root.getChildren().setAll(message);
        });
    }

    private ShellServices services() {
        return new ShellServices(context.packStore(), context.attempts(), tasks, Ticker.system(),
                Clock.systemDefaultZone(), PackFileChooser.native_(), new Random(), context.packs(),
                folder -> getHostServices().showDocument(folder.toUri().toString()));
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
    }
}
