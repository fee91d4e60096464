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
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The session screen: phase strip and timers, the prompts, the sketch pad and the notes.
 * An animation timer redraws the figures from the round's clock on every frame.
 */
public final class SessionView extends BorderPane {

    private final SessionViewModel model;
    private final AnimationTimer frames;
    private final HBox actions = new HBox(8);

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

    /**
     * Adds a control at the right of the header, beside the banner, e.g. the invite button of
     * interviewer mode.
     */
    public void addHeaderAction(Node action) {
        actions.getChildren().add(action);
    }

    /** @return the view model, for tests and the shell */
    public SessionViewModel model() {
        return model;
    }

    private Node header() {
        PhaseStrip strip = new PhaseStrip(model.round().framework().phases(), model.phaseIndexProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("session-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());

        Label guide = new Label();
        guide.setId("session-guide");
        guide.setWrapText(true);
        guide.textProperty().bind(model.phaseTitleProperty().concat(": ").concat(model.phaseGuideProperty()));
        Label banner = new Label();
        banner.setId("session-banner");
        banner.getStyleClass().add("cue-banner");
        banner.textProperty().bind(model.bannerProperty());
        banner.visibleProperty().bind(model.bannerProperty().isNotEmpty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        actions.setAlignment(Pos.CENTER_RIGHT);
        HBox guideRow = new HBox(12, guide, gap, banner, actions);
        guideRow.setAlignment(Pos.CENTER_LEFT);

        Label autosave = new Label();
        autosave.setId("session-autosave-problem");
        autosave.getStyleClass().add("overtime");
        autosave.setWrapText(true);
        autosave.textProperty().bind(model.autosaveProblemProperty());
        autosave.visibleProperty().bind(model.autosaveProblemProperty().isNotEmpty());
        autosave.managedProperty().bind(autosave.visibleProperty());
        VBox header = new VBox(8, new TimerBar(model), strip, progress, guideRow, autosave);
        header.setPadding(new Insets(0, 0, 10, 0));
        return header;
    }

    private Node body() {
        PromptPane prompts = new PromptPane(model.round().question(), model.designRevealedProperty());
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
        StackPane board = new StackPane(pad, new ProbeCards(model));
        StackPane.setAlignment(board.getChildren().get(1), Pos.TOP_RIGHT);
        SplitPane split = new SplitPane(left, board);
        split.setDividerPositions(0.32);
        return split;
    }

    private void shortcut(KeyEvent e) {
        if (SessionShortcuts.handle(e, getScene(), model)) {
            e.consume();
        }
    }

}
