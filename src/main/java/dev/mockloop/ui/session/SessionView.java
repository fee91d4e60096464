package dev.mockloop.ui.session;

import dev.mockloop.session.TimerState;
import dev.mockloop.ui.common.Confirm;
import dev.mockloop.ui.common.TimeText;
import dev.mockloop.ui.sketch.SketchPad;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The session screen: the question's title and the round's own actions, the clock and its
 * controls, the phase strip, then the prompts, the sketch pad and the notes. The prompt and
 * notes panes fold away (and come back) to give the whiteboard the room; their sizes are
 * remembered ({@link RoundLayoutModel}). Finishing early and abandoning ask first. An
 * animation timer redraws the figures from the round's clock on every frame.
 */
public final class SessionView extends BorderPane implements RoundActions {

    /** The round screen's own styles, on top of the theme and the app's stylesheet. */
    private static final String STYLESHEET = "/dev/mockloop/ui/session/round.css";

    private final SessionViewModel model;
    private final RoundLayoutModel layout;
    private final AnimationTimer frames;
    private final RoundTitleBar titleBar;
    private final RoundBody body;
    /** Other features' status lines under the clock, e.g. why the round is not recorded. */
    private final VBox statusLines = new VBox(2);

    /** A round screen whose layout starts from the defaults and is not saved. */
    public SessionView(SessionViewModel model) {
        this(model, RoundLayoutModel.unsaved());
    }

    /** @param layout which panes show and how big, shared by every round and saved in the settings */
    public SessionView(SessionViewModel model, RoundLayoutModel layout) {
        this.model = model;
        this.layout = layout;
        getStyleClass().add("session");
        getStylesheets().add(Objects.requireNonNull(SessionView.class.getResource(STYLESHEET)).toExternalForm());
        setPadding(new Insets(8, 12, 8, 12));
        titleBar = new RoundTitleBar(model, layout, this);
        body = new RoundBody(model, layout);
        setTop(header());
        setCenter(body);
        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.refresh();
            }
        };
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                frames.stop();
            } else {
                frames.start();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    /** @return the view model, for tests and the shell */
    public SessionViewModel model() {
        return model;
    }

    /** @return the sketch pad the round draws on */
    public SketchPad pad() {
        return body.pad();
    }

    /** Adds a feature's status line under the clock and the phase strip; it hides itself when blank. */
    public void addStatusLine(Node line) {
        statusLines.getChildren().add(line);
    }

    /**
     * @return the row where other features put their round actions (e.g. "Invite an
     *         interviewer…"), between the pane toggles and Abandon round; empty by default
     */
    public HBox extraActions() {
        return titleBar.extraActions();
    }

    private Node header() {
        PhaseStrip strip = new PhaseStrip(model.round().framework().phases(), model.phasePlans(),
                model.phaseIndexProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("session-progress");
        progress.getStyleClass().add("round-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());

        Label autosave = new Label();
        autosave.setId("session-autosave-problem");
        autosave.getStyleClass().add("overtime");
        autosave.setWrapText(true);
        autosave.textProperty().bind(model.autosaveProblemProperty());
        autosave.visibleProperty().bind(model.autosaveProblemProperty().isNotEmpty());
        autosave.managedProperty().bind(autosave.visibleProperty());
        VBox strips = new VBox(2, strip, progress);
        VBox header = new VBox(6, titleBar, new TimerBar(model, this), strips, autosave, statusLines);
        header.setPadding(new Insets(0, 0, 8, 0));
        return header;
    }

    @Override
    public void finish() {
        if (model.stateProperty().get() == TimerState.NOT_STARTED || model.stateProperty().get() == TimerState.FINISHED) {
            return;
        }
        long left = model.round().timer().snapshot().roundRemainingMs();
        String when = left >= 0 ? TimeText.countdown(left) + " is left in the round. "
                : "The round is " + TimeText.countdown(left).substring(1) + " over time. ";
        if (Confirm.ask(this, "Finish the round now?", when + "The clock stops and scoring opens; "
                + "the round cannot be resumed after that.", "Finish and score", "Keep going")) {
            model.finish();
        }
    }

    @Override
    public void abandon() {
        if (model.nothingToLose() || Confirm.ask(this, model.stateProperty().get() == TimerState.NOT_STARTED
                        ? "Go back and throw away your notes and sketch?" : "Abandon this round?",
                "The round, its notes and its sketch are deleted, and nothing is saved to your history.",
                model.stateProperty().get() == TimerState.NOT_STARTED ? "Throw them away" : "Abandon round",
                "Keep the round")) {
            model.abandon();
        }
    }

    @Override
    public void togglePrompt() {
        layout.togglePrompt();
    }

    @Override
    public void toggleNotes() {
        layout.toggleNotes();
    }

    private void shortcut(KeyEvent e) {
        if (SessionShortcuts.handle(e, getScene(), model, this)) {
            e.consume();
        }
    }
}
