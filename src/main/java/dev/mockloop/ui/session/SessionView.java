package dev.mockloop.ui.session;

import dev.mockloop.session.TimerState;
import dev.mockloop.ui.sketch.SketchPad;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The session screen: phase strip and timers, the prompts, the sketch pad and the notes.
 * An animation timer redraws the figures from the round's clock on every frame.
 */
public final class SessionView extends BorderPane {

    private final SessionViewModel model;
    private final AnimationTimer frames;

    public SessionView(SessionViewModel model) {
        this.model = model;
        getStyleClass().add("session");
        setPadding(new Insets(12, 16, 12, 16));
        setTop(header());
        setCenter(body());
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

    private Node header() {
        Label title = new Label(model.round().question().question().title());
        title.getStyleClass().add("title-3");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label phaseTime = new Label();
        phaseTime.setId("session-phase-time");
        phaseTime.getStyleClass().add("phase-time");
        phaseTime.textProperty().bind(model.phaseTimeProperty());
        model.phaseOvertimeProperty().addListener((obs, old, over) -> toggleClass(phaseTime, "overtime", over));
        Label phaseCaption = caption("left in phase");

        Label roundTime = new Label();
        roundTime.setId("session-round-time");
        roundTime.getStyleClass().add("round-time");
        roundTime.textProperty().bind(model.roundTimeProperty());
        model.roundOvertimeProperty().addListener((obs, old, over) -> toggleClass(roundTime, "overtime", over));
        Label roundCaption = caption("left in round");

        Button primary = new Button();
        primary.setId("session-primary");
        primary.getStyleClass().add("accent");
        primary.setMinWidth(90);
        primary.textProperty().bind(model.primaryActionProperty());
        primary.setTooltip(new Tooltip("Start, pause and resume the clock (Space)"));
        primary.setOnAction(e -> model.primary());

        Button next = new Button();
        next.setId("session-next");
        next.textProperty().bind(model.nextActionProperty());
        next.setTooltip(new Tooltip("End this phase and start the next (Ctrl+Right)"));
        next.disableProperty().bind(model.stateProperty().isEqualTo(TimerState.NOT_STARTED));
        next.setOnAction(e -> model.next());

        Button finish = new Button("Finish early");
        finish.setId("session-finish");
        finish.getStyleClass().add("flat");
        finish.setTooltip(new Tooltip("End the round now and score it (Ctrl+Enter)"));
        finish.disableProperty().bind(model.stateProperty().isEqualTo(TimerState.NOT_STARTED));
        finish.setOnAction(e -> model.finish());

        HBox top = new HBox(14, title, spacer, new VBox(phaseTime, phaseCaption), new VBox(roundTime, roundCaption),
                primary, next, finish);
        top.setAlignment(Pos.CENTER_LEFT);

        PhaseStrip strip = new PhaseStrip(model.round().framework().phases(), model.phaseIndexProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("session-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());

        Label guide = new Label();
        guide.setId("session-guide");
        guide.setWrapText(true);
        guide.textProperty().bind(model.phaseTitleProperty().concat(": ").concat(model.phaseGuideProperty()));

        VBox header = new VBox(8, top, strip, progress, guide);
        header.setPadding(new Insets(0, 0, 10, 0));
        return header;
    }

    private Node body() {
        PromptPane prompts = new PromptPane(model.round().question().question(), model.designRevealedProperty());
        ScrollPane promptScroll = new ScrollPane(prompts);
        promptScroll.setFitToWidth(true);

        TextArea notes = new TextArea();
        notes.setId("session-notes");
        notes.setWrapText(true);
        notes.setPromptText("Notes: what you would say out loud. Requirements, numbers, trade-offs.");
        notes.textProperty().bindBidirectional(model.notesProperty());

        SplitPane left = new SplitPane(promptScroll, notes);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.6);

        SketchPad pad = new SketchPad(model.round().sketch());
        SplitPane split = new SplitPane(left, pad);
        split.setDividerPositions(0.32);
        return split;
    }

    private void shortcut(KeyEvent e) {
        boolean typing = getScene() != null && getScene().getFocusOwner() instanceof TextInputControl;
        // With the sketch pad focused, Space is the whiteboard's pan key (Space+drag).
        boolean sketching = getScene() != null && SketchPad.ownsKeys(getScene().getFocusOwner());
        if (e.getCode() == KeyCode.SPACE && !typing && !sketching && !e.isShortcutDown()) {
            model.primary();
            e.consume();
        } else if (e.getCode() == KeyCode.RIGHT && e.isShortcutDown()) {
            model.next();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
            model.finish();
            e.consume();
        }
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        return label;
    }

    private static void toggleClass(Node node, String styleClass, boolean on) {
        node.getStyleClass().remove(styleClass);
        if (on) {
            node.getStyleClass().add(styleClass);
        }
    }
}
