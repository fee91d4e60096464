package dev.mockloop.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick for start-up: the smallest JavaFX window (one Label), which reports when
 * it is interactive exactly as the app's smoke run does (after the first layout pulse,
 * once the event queue is reached) and exits. {@link StartupBench} starts it as a process.
 */
public final class MinimalFxApp {

    /** The line printed once the window is interactive. */
    public static final String READY = "minimal javafx: ready";

    private MinimalFxApp() {
    }

    /** Starts the window; the main class is not the Application so it runs from a class path. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Label("Hello"), 1360, 860);
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(() -> {
                    System.out.println(READY);
                    System.out.flush();
                    Platform.exit();
                });
            };
            scene.addPostLayoutPulseListener(listener[0]);
            stage.setScene(scene);
            stage.show();
        }
    }
}
