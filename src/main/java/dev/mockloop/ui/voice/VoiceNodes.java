package dev.mockloop.ui.voice;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.PhaseTime;
import dev.mockloop.ui.common.TaskRunner;
import dev.mockloop.ui.sketch.PhaseMark;
import dev.mockloop.ui.sketch.SketchReplayModel;
import dev.mockloop.voice.VoiceService;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * Makes the voice's nodes for a screen, so a page needs one line to mount each: built once
 * with the voice service and the task runner, then asked per attempt.
 */
public final class VoiceNodes {

    private final VoiceService voice;
    private final TaskRunner tasks;

    public VoiceNodes(VoiceService voice, TaskRunner tasks) {
        this.voice = voice;
        this.tasks = tasks;
    }

    /** @return the voice under an attempt's sketch replay, sharing its scrubber */
    public ReplayPane replay(SketchReplayModel sketch, Attempt attempt) {
        return new ReplayPane(sketch, () -> voice.recording(attempt), tasks, LineAudioOut::new);
    }

    /** @return the voice with a scrubber of its own (phase bands), for a page without the sketch replay */
    public ReplayPane standalone(Attempt attempt) {
        return ReplayPane.standalone(phaseMarks(attempt), () -> voice.recording(attempt), tasks, LineAudioOut::new);
    }

    /** @return the attempt's talk figures */
    public TalkFiguresPane figures(Attempt attempt) {
        return new TalkFiguresPane(() -> voice.figures(attempt), tasks);
    }

    /** @return Progress over time: talk share and longest silence per recorded attempt */
    public TalkProgressChart progress(java.time.ZoneId zone) {
        return new TalkProgressChart(voice::progress, tasks, zone);
    }

    /** @return the settings screen's microphone section */
    public Node microphoneSection() {
        return new MicrophoneSection(new MicrophoneModel(voice, tasks));
    }

    /**
     * @param status the recorder's state, one for the whole run
     * @return the round screen's recording line: "Recording" with a red dot while the round is
     *         recorded, or why nothing is recorded and how to fix it; ids {@code #session-recording}
     *         and {@code #session-recording-problem}
     */
    public static Node roundStatus(RecordingStatusModel status) {
        Label recording = new Label("● Recording");
        recording.setId("session-recording");
        recording.getStyleClass().add("recording-mark");
        recording.setAccessibleText("The round is being recorded");
        recording.visibleProperty().bind(status.recordingProperty());
        recording.managedProperty().bind(recording.visibleProperty());
        Label problem = new Label();
        problem.setId("session-recording-problem");
        problem.getStyleClass().add("text-muted");
        problem.setWrapText(true);
        problem.textProperty().bind(status.problemProperty());
        problem.visibleProperty().bind(status.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        HBox line = new HBox(8, recording, problem);
        line.visibleProperty().bind(recording.visibleProperty().or(problem.visibleProperty()));
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    /** @return the attempt's phases on the round's clock, laid end to end as the timer counts them */
    public static List<PhaseMark> phaseMarks(Attempt attempt) {
        List<PhaseMark> marks = new ArrayList<>();
        long at = 0;
        for (PhaseTime phase : attempt.phases()) {
            marks.add(new PhaseMark(phase.phaseId(), phase.title(), at, at + phase.actualMs()));
            at += phase.actualMs();
        }
        return marks;
    }
}
