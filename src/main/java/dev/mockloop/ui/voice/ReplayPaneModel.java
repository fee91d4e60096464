package dev.mockloop.ui.voice;

import dev.mockloop.voice.Recording;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Keeps a recording's playback and a replay's time axis in step: while the audio plays,
 * each {@link #tick()} (once a frame) moves the time to what is being heard; when anyone
 * else moves the time (the scrubber dragged, a key pressed), the audio seeks there.
 *
 * <p>The time is the {@code timeProperty} of the sketch replay's model (round ms), so the
 * sketch, its scrubber and its phase bands follow. On the UI thread only.
 */
public final class ReplayPaneModel {

    private final DoubleProperty time;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed", 1.0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "Loading the recording…");
    private final Supplier<AudioOut> outputs;
    private ReplayPlayer player;
    private boolean following;

    /**
     * @param time    the replay's moment, round ms (e.g. {@code SketchReplayModel.timeProperty()})
     * @param outputs makes the sound output when a recording arrives
     */
    public ReplayPaneModel(DoubleProperty time, Supplier<AudioOut> outputs) {
        this.time = time;
        this.outputs = outputs;
        time.addListener((o, was, now) -> {
            if (!following && player != null) {
                player.seek(Math.round(now.doubleValue()));
            }
        });
    }

    /** The recording was read: it can play, from the moment the replay shows. */
    public void loaded(Recording recording) {
        close();
        if (recording == null || recording.isEmpty()) {
            message.set("This round was not recorded.");
            available.set(false);
            return;
        }
        player = new ReplayPlayer(recording, outputs.get());
        player.seek(Math.round(time.get()) >= player.endMs() ? 0 : Math.round(time.get()));
        available.set(true);
        message.set("");
    }

    /** The recording could not be read. */
    public void failed(String why) {
        close();
        available.set(false);
        message.set("The recording cannot be played: " + why);
    }

    /** Plays from the replay's moment, or pauses. */
    public void togglePlay() {
        if (player == null) {
            return;
        }
        if (player.playing()) {
            player.pause();
        } else {
            if (Math.round(time.get()) >= player.endMs()) {
                following = true;
                time.set(0);
                following = false;
            }
            player.seek(Math.round(time.get()));
            player.play();
            message.set(player.problem());
        }
        playing.set(player.playing());
    }

    /** @param factor 1.0, 1.5 or 2.0 */
    public void setSpeed(double factor) {
        speed.set(factor);
        if (player != null) {
            player.setSpeed(factor);
        }
    }

    /** Once a frame: the replay's moment follows the sound; at the end of the recording it stops. */
    public void tick() {
        if (player == null || !player.playing()) {
            return;
        }
        long at = player.positionMs();
        following = true;
        try {
            time.set(at);
        } finally {
            following = false;
        }
        if (at >= player.endMs()) {
            player.pause();
            playing.set(false);
        }
    }

    /** @return the round ms being heard (or that will be, paused) */
    public long audioPositionMs() {
        return player == null ? 0 : player.positionMs();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** @return whether there is a recording to play */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    /** @return why nothing plays, or blank */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Stops the sound and releases the output (the page is left). */
    public void close() {
        if (player != null) {
            player.close();
            player = null;
        }
        playing.set(false);
    }
}
