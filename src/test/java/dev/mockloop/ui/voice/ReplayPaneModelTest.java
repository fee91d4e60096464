package dev.mockloop.ui.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.beans.property.SimpleDoubleProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sound and the replay's moment stay together, whichever of them moves. */
class ReplayPaneModelTest {

    @TempDir
    Path dir;

    private final SimpleDoubleProperty time = new SimpleDoubleProperty(10_000);
    private final FakeAudioOut out = new FakeAudioOut();

    @Test
    void whileTheSoundPlaysTheReplayShowsTheMomentBeingHeard() throws Exception {
        ReplayPaneModel model = new ReplayPaneModel(time, () -> out);
        model.loaded(Recordings.of(dir, Recordings.tenSeconds()));
        time.set(2_000);  // the scrubber, before Play

        model.togglePlay();
        assertTrue(model.playingProperty().get());
        out.hear(16 * 1_500);  // 1.5 s heard
        model.tick();
        assertEquals(3_500, time.get(), 1, "the sketch's moment is the sound's");
        model.close();
    }

    @Test
    void draggingTheScrubberSeeksTheSound() throws Exception {
        short[] audio = Recordings.tenSeconds();
        ReplayPaneModel model = new ReplayPaneModel(time, () -> out);
        model.loaded(Recordings.of(dir, audio));
        time.set(0);
        model.togglePlay();
        out.awaitWritten(16 * 500);

        time.set(5_000);  // dragged to the second sentence
        assertEquals(5_000, model.audioPositionMs());
        out.awaitWritten(16 * 2_000);
        double r = Recordings.correlation(audio, 16 * 5_000, out.written(), 16 * 2_000);
        assertTrue(r > 0.8, "what plays after the drag is the audio at 5 s, correlation " + r);
        model.close();
    }

    @Test
    void fasterSpeedsPlayTheSameMomentsSooner() throws Exception {
        ReplayPaneModel model = new ReplayPaneModel(time, () -> out);
        model.loaded(Recordings.of(dir, Recordings.tenSeconds()));
        time.set(0);
        model.setSpeed(2.0);
        model.togglePlay();
        assertEquals(32_000, out.rate(), "2× plays 16 kHz audio at 32 kHz");
        out.hear(16 * 3_000);  // 1.5 s of wall time at 2× is 3 s of the round
        model.tick();
        assertEquals(3_000, time.get(), 1);
        model.close();
    }

    @Test
    void atTheEndOfTheRecordingItStops() throws Exception {
        ReplayPaneModel model = new ReplayPaneModel(time, () -> out);
        model.loaded(Recordings.of(dir, Recordings.tenSeconds()));
        time.set(9_000);
        model.togglePlay();
        out.hear(16 * 5_000);
        model.tick();
        assertFalse(model.playingProperty().get());
        assertEquals(10_000, time.get(), 20);
    }

    @Test
    void aRoundWithoutARecordingSaysSo() {
        ReplayPaneModel model = new ReplayPaneModel(time, () -> out);
        model.loaded(null);
        assertFalse(model.availableProperty().get());
        assertEquals("This round was not recorded.", model.messageProperty().get());
    }
}
