package dev.mockloop.ui.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.sketch.Sketch;
import dev.mockloop.sketch.SketchStamp;
import dev.mockloop.sketch.Stencil;
import dev.mockloop.ui.common.DirectTaskRunner;
import dev.mockloop.ui.sketch.PhaseMark;
import dev.mockloop.ui.sketch.SketchReplay;
import dev.mockloop.voice.Recording;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** On the attempt page, the voice plays under the sketch replay and its scrubber moves both. */
@ExtendWith(ApplicationExtension.class)
class ReplayPaneTest {

    @TempDir
    Path dir;

    private final AtomicReference<Stage> stage = new AtomicReference<>();
    private final FakeAudioOut out = new FakeAudioOut();

    @Start
    void start(Stage s) {
        stage.set(s);
    }

    /** A client drawn at 1 s, a database at 6 s, over two 5-second phases. */
    private static Sketch sketch() {
        Sketch sketch = new Sketch();
        long[] t = {1_000};
        sketch.setClock(() -> new SketchStamp(t[0], t[0] < 5_000 ? "a" : "b"));
        sketch.add(Stencil.CLIENT.template(100, 100, "#1f2937"));
        t[0] = 6_000;
        sketch.add(Stencil.DATABASE.template(100, 300, "#1f2937"));
        return sketch;
    }

    @Test
    void draggingTheSketchScrubberSeeksTheVoiceAndPlayingMovesTheSketch(FxRobot robot) throws Exception {
        short[] audio = Recordings.tenSeconds();
        Recording recording = Recordings.of(dir, audio);
        AtomicReference<SketchReplay> replay = new AtomicReference<>();
        AtomicReference<ReplayPane> voice = new AtomicReference<>();
        robot.interact(() -> {
            replay.set(new SketchReplay(sketch().timeline(), List.of(new PhaseMark("a", "Requirements", 0, 5_000),
                    new PhaseMark("b", "Design", 5_000, 10_000))));
            voice.set(new ReplayPane(replay.get().model(), () -> Optional.of(recording), new DirectTaskRunner(),
                    () -> out));
            stage.get().setScene(new Scene(new VBox(8, replay.get(), voice.get()), 900, 700));
            stage.get().show();
        });
        Node scrubber = robot.lookup("#replay-scrubber").query();
        Bounds box = WaitForAsyncUtils.waitForAsyncFx(5000, () -> scrubber.localToScreen(scrubber.getBoundsInLocal()));

        robot.clickOn(new Point2D(box.getMinX() + box.getWidth() * 0.7, box.getCenterY()));
        long seeked = voice.get().model().audioPositionMs();
        assertEquals(7_000, seeked, 150, "the voice jumps with the sketch");
        assertEquals(2, replay.get().model().elementsProperty().get().size());

        robot.clickOn("#voice-play");
        out.hear(0);
        robot.interact(() -> { });
        robot.clickOn(new Point2D(box.getMinX() + box.getWidth() * 0.2, box.getCenterY()));
        assertEquals(2_000, voice.get().model().audioPositionMs(), 150, "a drag while playing seeks the sound");
        out.awaitWritten(16 * 1_000);
        double r = Recordings.correlation(audio, (int) (16 * voice.get().model().audioPositionMs()), out.written(),
                16 * 1_000);
        assertTrue(r > 0.8, "the speech heard is the speech at that moment, correlation " + r);

        out.hear(16 * 4_500);  // 4.5 s later
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> voice.get().model().tick());
        String caption = robot.lookup("#replay-caption").queryAs(Label.class).getText();
        assertTrue(caption.startsWith("0:06") && caption.contains("Design") && caption.contains("2 elements"),
                "the sketch follows the voice into the design phase: " + caption);
        robot.clickOn("#voice-speed-150");
        assertEquals(24_000, out.rate());
        robot.clickOn("#voice-play");
    }
}
