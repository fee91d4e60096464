package dev.mockloop.ui.voice;

import atlantafx.base.theme.Styles;
import dev.mockloop.sketch.Sketch;
import dev.mockloop.ui.common.TaskRunner;
import dev.mockloop.ui.sketch.PhaseMark;
import dev.mockloop.ui.sketch.ReplayScrubber;
import dev.mockloop.ui.sketch.SketchReplayModel;
import dev.mockloop.voice.Recording;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The round's voice, played in step with the sketch replay: Play/Pause, a speed of 1×, 1.5×
 * or 2×, and a line when there is nothing to play. Dragging the replay's scrubber seeks the
 * sound too. Mounted under a {@code SketchReplay} (sharing its model), or {@link #standalone}
 * with a scrubber of its own when nothing was drawn. The sound stops when the pane leaves
 * the screen. Ids: {@code #voice-replay}, {@code #voice-play}, {@code #voice-speed-100},
 * {@code #voice-speed-150}, {@code #voice-speed-200}, {@code #voice-message}.
 */
public final class ReplayPane extends VBox {

    private final ReplayPaneModel model;

    /**
     * @param sketch  the sketch replay's model: its moment is the sound's
     * @param load    reads the attempt's recording (run off the UI thread), empty if it has none
     * @param tasks   runs {@code load}
     * @param outputs makes the sound output (speakers), once a recording is there
     */
    public ReplayPane(SketchReplayModel sketch, Callable<Optional<Recording>> load, TaskRunner tasks,
                      Supplier<AudioOut> outputs) {
        this(new ReplayPaneModel(sketch.timeProperty(), outputs), null);
        tasks.run(load, recording -> model.loaded(recording.orElse(null)),
                failure -> model.failed(failure.getMessage()));
    }

    private ReplayPane(ReplayPaneModel model, ReplayScrubber scrubber) {
        super(6);
        this.model = model;
        setId("voice-replay");
        Button play = new Button(null, new FontIcon(MaterialDesignP.PLAY));
        play.setId("voice-play");
        play.getStyleClass().addAll(Styles.BUTTON_ICON);
        play.disableProperty().bind(model.availableProperty().not());
        play.setOnAction(e -> model.togglePlay());
        model.playingProperty().addListener((o, was, now) ->
                play.setGraphic(new FontIcon(now ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY)));
        HBox speeds = new HBox();
        speeds.getStyleClass().add("segmented");
        ToggleGroup group = new ToggleGroup();
        for (double factor : ReplayPlayer.SPEEDS) {
            String label = factor == Math.rint(factor) ? String.valueOf((int) factor) : String.valueOf(factor);
            ToggleButton speed = new ToggleButton(label + "×");
            speed.setId("voice-speed-" + Math.round(factor * 100));
            speed.setToggleGroup(group);
            speed.setSelected(factor == 1.0);
            speed.disableProperty().bind(model.availableProperty().not());
            speed.setOnAction(e -> {
                speed.setSelected(true);
                model.setSpeed(factor);
            });
            speeds.getChildren().add(speed);
        }
        Label title = new Label("Voice", new FontIcon(MaterialDesignM.MICROPHONE));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label message = new Label();
        message.setId("voice-message");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox bar = new HBox(8, title, play, speeds, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        if (scrubber != null) {
            getChildren().add(scrubber);
        }
        getChildren().add(bar);
        AnimationTimer follow = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.tick();
            }
        };
        model.playingProperty().addListener((o, was, now) -> {
            if (now) {
                follow.start();
            } else {
                follow.stop();
            }
        });
        sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                model.close();
            }
        });
    }

    /**
     * A pane with a scrubber of its own (phase bands, no sketch), for a round with nothing drawn.
     *
     * @param phases the round's phases with their times
     */
    public static ReplayPane standalone(List<PhaseMark> phases, Callable<Optional<Recording>> load, TaskRunner tasks,
                                        Supplier<AudioOut> outputs) {
        SketchReplayModel axis = new SketchReplayModel(new Sketch().timeline(), phases);
        axis.timeProperty().set(0);
        ReplayScrubber scrubber = new ReplayScrubber(axis, new Sketch().timeline());
        ReplayPane pane = new ReplayPane(new ReplayPaneModel(axis.timeProperty(), outputs), scrubber);
        tasks.run(load, recording -> pane.model.loaded(recording.orElse(null)),
                failure -> pane.model.failed(failure.getMessage()));
        return pane;
    }

    /** @return the pane's state, e.g. to drive it from a test */
    public ReplayPaneModel model() {
        return model;
    }
}
