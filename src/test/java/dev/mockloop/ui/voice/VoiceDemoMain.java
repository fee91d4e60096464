package dev.mockloop.ui.voice;

import atlantafx.base.theme.PrimerLight;
import dev.mockloop.app.AppContext;
import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.PhaseTime;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.session.Ticker;
import dev.mockloop.sketch.SketchCodec;
import dev.mockloop.sketch.Stencil;
import dev.mockloop.ui.common.FxTaskRunner;
import dev.mockloop.ui.sketch.PhaseMark;
import dev.mockloop.ui.sketch.SketchReplay;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * A look at the voice nodes on real data, for screenshots under Xvfb with the ALSA test
 * device: runs a 24-second round through the app's round service on the real clock (the
 * microphone "hears" the test sentence every few seconds), draws on its sketch, saves it, and
 * shows the attempt's sketch replay with the voice under it, the talk figures and the
 * microphone settings. {@code MOCKLOOP_HOME} is the data folder; {@code ALSA_CONFIG_PATH}
 * must point at target/alsa/asound.conf.
 */
public final class VoiceDemoMain extends Application {

    /** Starts it (a plain main class, as JavaFX on the class path needs). */
    public static final class Launch {
        public static void main(String[] args) {
            Application.launch(VoiceDemoMain.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        feed();
        Path data = Path.of(System.getenv("MOCKLOOP_HOME"));
        ExecutorService roundThread = Executors.newSingleThreadExecutor();
        AppContext context = AppContext.open(data, Clock.systemDefaultZone(), Ticker.system(), roundThread::execute, null);
        Label wait = new Label("Recording a 24-second round…");
        String[] size = System.getProperty("demo.size", "1440x900").split("x");
        stage.setScene(new Scene(new VBox(wait), Double.parseDouble(size[0]), Double.parseDouble(size[1])));
        stage.show();
        CompletableFuture.supplyAsync(() -> runRound(context), roundThread).thenCompose(f -> f)
                .thenAccept(attempt -> Platform.runLater(() -> show(stage, context, attempt)))
                .exceptionally(e -> {
                    e.printStackTrace();
                    return null;
                });
    }

    private static CompletableFuture<Attempt> runRound(AppContext context) {
        try {
            var question = context.library().questions().get(0);
            ActiveRound round = context.rounds().begin(question, null);
            Thread.sleep(500);
            round.start();
            var sketch = round.round().sketch();
            for (int s = 1; s <= 24; s++) {
                Thread.sleep(1_000);
                round.tick();
                if (s == 3) {
                    sketch.add(Stencil.CLIENT.template(80, 80, "#1f2937"));
                } else if (s == 8) {
                    round.next();
                    sketch.add(Stencil.LOAD_BALANCER.template(280, 80, "#1f2937"));
                } else if (s == 10) {
                    round.fireProbe(0);
                } else if (s == 14) {
                    sketch.add(Stencil.SERVICE.template(480, 80, "#1f2937"));
                    round.next();
                } else if (s == 19) {
                    sketch.add(Stencil.DATABASE.template(480, 260, "#1f2937"));
                }
            }
            round.tick();
            round.finish();
            return round.save(new byte[0], true).toCompletableFuture();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void show(Stage stage, AppContext context, Attempt attempt) {
        FxTaskRunner tasks = new FxTaskRunner();
        List<PhaseMark> phases = new ArrayList<>();
        long at = 0;
        for (PhaseTime phase : attempt.phases()) {
            phases.add(new PhaseMark(phase.phaseId(), phase.title(), at, at + phase.actualMs()));
            at += phase.actualMs();
        }
        SketchReplay replay;
        try {
            replay = new SketchReplay(SketchCodec.fromJson(attempt.sketchJson()).timeline(), phases);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Label title = new Label(attempt.questionTitle());
        title.getStyleClass().add("title-2");
        Label sketchHeading = new Label("Sketch and voice");
        sketchHeading.getStyleClass().add("title-4");
        Label talkHeading = new Label("How you talked");
        talkHeading.getStyleClass().add("title-4");
        VBox page = new VBox(14, title, sketchHeading, replay,
                new ReplayPane(replay.model(), () -> context.voice().recording(attempt), tasks, LineAudioOut::new),
                talkHeading, new TalkFiguresPane(() -> context.voice().figures(attempt), tasks),
                new MicrophoneSection(new MicrophoneModel(context.voice(), tasks)));
        page.setPadding(new Insets(16, 24, 24, 24));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        stage.getScene().setRoot(scroll);
        System.out.println("DEMO READY " + attempt.id());
    }

    /** What the test microphone hears: the sentence, then 2.5 s of quiet, over and over (60 s). */
    private static void feed() throws Exception {
        short[] speech = Recordings.speech();
        java.util.Random random = new java.util.Random(1);
        int n = 16 * 60_000;
        ByteBuffer bytes = ByteBuffer.allocate(n * 2).order(ByteOrder.LITTLE_ENDIAN);
        int period = speech.length + 16 * 2_500;
        for (int i = 0; i < n; i++) {
            int k = i % period;
            int v = (k < speech.length ? speech[k] : 0) + (int) Math.round(random.nextGaussian() * 33);
            bytes.putShort((short) Math.max(-32768, Math.min(32767, v)));
        }
        Files.write(Path.of(System.getenv("ALSA_CONFIG_PATH")).resolveSibling("capture.raw"), bytes.array());
    }
}
