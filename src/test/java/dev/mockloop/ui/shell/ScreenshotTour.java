package dev.mockloop.ui.shell;

import dev.mockloop.app.AppContext;
import dev.mockloop.app.MockloopApp;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.sketch.Arrowheads;
import dev.mockloop.sketch.Connector;
import dev.mockloop.sketch.Point;
import dev.mockloop.sketch.Sketch;
import dev.mockloop.sketch.Stencil;
import dev.mockloop.sketch.Style;
import dev.mockloop.ui.common.FileDialogs;
import dev.mockloop.ui.common.FxTaskRunner;
import dev.mockloop.ui.packs.PackFileChooser;
import dev.mockloop.ui.settings.Themes;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Not a test: walks the real window through home, a round, scoring, an attempt (and its coach's panel), Progress,
 * Settings and the welcome in both themes at 1024x640 and 1440x900, writing a PNG of each
 * (a snapshot of the window's scene). Run under a display, on a data folder with history:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dmain.class=dev.mockloop.ui.shell.ScreenshotTour -Dexec.args="DATA_DIR OUT_DIR"}.
 */
public final class ScreenshotTour {

    private ScreenshotTour() {
    }

    public static void main(String[] args) {
        seedIfEmpty(Path.of(args[0]));
        Tour.dataDir = Path.of(args[0]);
        Tour.out = Path.of(args[1]);
        Application.launch(Tour.class);
    }

    /** A data folder without history gets one saved round, so the attempt page has something to show. */
    private static void seedIfEmpty(Path dataDir) {
        try (AppContext seed = AppContext.open(dataDir, java.time.Clock.systemDefaultZone(),
                dev.mockloop.session.Ticker.system(), Runnable::run, Runnable::run)) {
            if (seed.attempts().listSummaries().isEmpty()) {
                LibraryQuestion question = seed.library().questions().get(0);
                ActiveRound round = seed.rounds().begin(question, question.framework());
                Tour.draw(round.round().sketch());
                round.start();
                round.finish();
                round.save(new byte[0], true);
            }
        }
    }

    /** The JavaFX side of the tour. */
    public static final class Tour extends Application {
        static Path dataDir;
        static Path out;
        private final Deque<Runnable> steps = new ArrayDeque<>();
        private Scene scene;
        private Stage stage;

        @Override
        public void start(Stage primary) throws Exception {
            stage = primary;
            Files.createDirectories(out);
            AppContext context = AppContext.open(dataDir);
            FxTaskRunner tasks = new FxTaskRunner();
            ShellServices services = new ShellServices(context.packs().store(), context.attempts(), context.rounds(),
                    context.phaseStats(), context.frameworks(), context.settingsRepository(), kind -> { },
                    context.backups(), backup -> { }, tasks, context.ticker(), context.clock(), PackFileChooser.native_(),
                    new Random(1), context.packs(), folder -> { }, context.review(), FileDialogs.native_(), context::coach,
                    context::interview, context::voice);
            MainWindow window = new MainWindow(services, context.library(), context.settings(), context.userFrameworks(),
                    context.draft());
            scene = new Scene(window, 1440, 900);
            scene.getStylesheets().add(MockloopApp.class.getResource(MockloopApp.STYLESHEET).toExternalForm());
            stage.setTitle("Mockloop");
            stage.setScene(scene);
            stage.show();
            context.afterFirstFrame();
            LibraryQuestion question = context.library().questions().get(0);
            long attemptId = context.attempts().listSummaries().get(0).id();
            for (boolean dark : new boolean[] {false, true}) {
                for (int[] size : new int[][] {{1024, 640}, {1440, 900}}) {
                    String suffix = (dark ? "dark" : "light") + "-" + size[0];
                    step(() -> {
                        Themes.apply(scene, dark);
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                        window.screens().home();
                    });
                    shot("home-" + suffix);
                    ActiveRound[] round = new ActiveRound[1];
                    step(() -> {
                        round[0] = services.rounds().begin(question, question.framework());
                        draw(round[0].round().sketch());
                        window.screens().showSession(round[0]);
                    });
                    step(() -> scene.lookup("#session-primary").fireEvent(new javafx.event.ActionEvent()));
                    shot("round-" + suffix);
                    step(() -> {
                        round[0].finish();
                        window.screens().score(round[0]);
                    });
                    shot("scoring-" + suffix);
                    step(() -> {
                        round[0].abandon();
                        window.screens().attempt(attemptId);
                    });
                    shot("attempt-" + suffix);
                    step(() -> scrollTo(scene.lookup("#coverage")));
                    shot("attempt-coach-" + suffix);
                    step(() -> window.screens().progress());
                    shot("progress-" + suffix);
                    step(() -> window.screens().settings());
                    shot("settings-" + suffix);
                    step(() -> scrollTo(scene.lookup("#coach-section")));
                    shot("settings-coach-" + suffix);
                    step(() -> window.screens().welcome());
                    shot("welcome-" + suffix);
                }
            }
            step(() -> {
                try {
                    tasks.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                context.close();
                Platform.exit();
            });
            next();
        }

        private static void draw(Sketch sketch) {
            var client = sketch.add(Stencil.CLIENT.template(120, 80, Style.DEFAULT.stroke()));
            var service = sketch.add(Stencil.SERVICE.template(360, 80, Style.DEFAULT.stroke()));
            var db = sketch.add(Stencil.DATABASE.template(600, 80, Style.DEFAULT.stroke()));
            var cache = sketch.add(Stencil.CACHE.template(360, 240, Style.DEFAULT.stroke()));
            sketch.add(Connector.of(new Point(180, 80), new Point(295, 80), Style.DEFAULT, Arrowheads.END));
            sketch.add(Connector.of(new Point(425, 80), new Point(545, 80), Style.DEFAULT, Arrowheads.END));
            sketch.add(Connector.of(new Point(360, 112), new Point(360, 212), Style.DEFAULT, Arrowheads.END));
        }

        /** Scrolls the page holding this node so that its top is at the top of the view. */
        private static void scrollTo(javafx.scene.Node node) {
            for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane pane) {
                    javafx.scene.Node content = pane.getContent();
                    double top = content.sceneToLocal(node.localToScene(0, 0)).getY();
                    double room = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                    pane.setVvalue(room <= 0 ? 0 : Math.min(1, top / room) * pane.getVmax());
                    return;
                }
            }
        }

        private void step(Runnable action) {
            steps.add(action);
        }

        private void shot(String name) {
            steps.add(() -> {
                try {
                    File file = out.resolve(name + ".png").toFile();
                    ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file);
                    System.out.println("SHOT " + file);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        /** Runs the next step after 1.5 s, so background reads land and the scene is laid out. */
        private void next() {
            Runnable step = steps.poll();
            if (step == null) {
                return;
            }
            PauseTransition wait = new PauseTransition(Duration.millis(1500));
            wait.setOnFinished(e -> {
                try {
                    step.run();
                } catch (RuntimeException failure) {
                    failure.printStackTrace();
                }
                next();
            });
            wait.play();
        }
    }
}
