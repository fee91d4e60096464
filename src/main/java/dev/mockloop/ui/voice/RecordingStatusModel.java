package dev.mockloop.ui.voice;

import dev.mockloop.voice.RecorderStatus;
import dev.mockloop.voice.VoiceService;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The recorder's state for the session screen: a line saying why nothing is recorded and how
 * to fix it (no microphone, access refused, switched off, a write failure), blank while all
 * is well; and whether the round is being recorded, for a small indicator.
 */
public final class RecordingStatusModel {

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper recording = new ReadOnlyBooleanWrapper(this, "recording");

    /**
     * @param voice    the voice service, whose status changes on the recorder's thread
     * @param uiThread where the properties change (e.g. {@code Platform::runLater})
     */
    public RecordingStatusModel(VoiceService voice, Executor uiThread) {
        voice.addStatusListener(status -> uiThread.execute(() -> show(status)));
    }

    private void show(RecorderStatus status) {
        boolean quietProblem = status.isProblem() || status.state() == RecorderStatus.State.OFF;
        problem.set(quietProblem ? status.message() : "");
        recording.set(status.state() == RecorderStatus.State.RECORDING);
    }

    /** @return why this round is not recorded and how to fix it; blank when it is (or will be) recorded */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** @return whether audio is being recorded now */
    public ReadOnlyBooleanProperty recordingProperty() {
        return recording.getReadOnlyProperty();
    }
}
