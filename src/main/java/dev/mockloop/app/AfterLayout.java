package dev.mockloop.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs something once a scene's next frame has been laid out: after the first frame, at start-up. */
final class AfterLayout {

    private AfterLayout() {
    }

    /**
     * Asks for a pulse, and once it has laid the scene out, queues {@code then} on the JavaFX
     * thread (so it runs after that pulse, behind any event already queued). Call on the JavaFX thread.
     */
    static void run(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
