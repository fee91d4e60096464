package dev.mockloop.ui.session;

import dev.mockloop.ui.sketch.SketchPad;
import dev.mockloop.ui.sketch.SketchTool;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;

/**
 * The round screen's body: the prompt over the notes in a left column, and the sketch pad
 * with the interviewer's probes on the rest. The prompt and the notes each hide and come
 * back as the {@link RoundLayoutModel} says; with both hidden the pad takes the whole
 * width. Dragging a divider and letting go saves where it is.
 */
final class RoundBody extends StackPane {

    private final RoundLayoutModel layout;
    private final ScrollPane prompt;
    private final TextArea notes;
    private final SketchPad pad;
    private final SplitPane left = new SplitPane();
    private final SplitPane split = new SplitPane();
    private boolean applying;

    RoundBody(SessionViewModel model, RoundLayoutModel layout) {
        this.layout = layout;
        PromptPane prompts = new PromptPane(model.round().question(), model.designRevealedProperty(),
                model.phaseTitleProperty(), model.phaseGuideProperty());
        prompt = new ScrollPane(prompts);
        prompt.setId("session-prompt");
        prompt.setFitToWidth(true);
        prompt.setMinHeight(60);

        notes = new TextArea();
        notes.setId("session-notes");
        notes.setWrapText(true);
        notes.setMinHeight(60);
        notes.setPromptText("Notes: what you would say out loud. Requirements, numbers, trade-offs.");
        notes.textProperty().bindBidirectional(model.notesProperty());

        left.setOrientation(Orientation.VERTICAL);
        left.setId("session-left");
        left.setMinWidth(160);

        pad = new SketchPad(model.round().sketch());
        // A round opens on Select: a first click on the board should not draw.
        pad.model().toolProperty().set(SketchTool.SELECT);
        ProbeDock dock = new ProbeDock(model, model.round().framework().phases());
        dock.setId("probe-layer");
        pad.overlay().getChildren().add(dock);
        pad.overlay().widthProperty().addListener((o, was, now) -> dock.resize(now.doubleValue(),
                pad.overlay().getHeight()));
        pad.overlay().heightProperty().addListener((o, was, now) -> dock.resize(pad.overlay().getWidth(),
                now.doubleValue()));

        split.setId("session-split");
        getChildren().add(split);
        // Let go of a divider: remember where it is.
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (onDivider(e.getTarget())) {
                dividersMoved();
            }
        });
        layout.layoutProperty().addListener((o, was, now) -> {
            if (!applying && (was.promptShown() != now.promptShown() || was.notesShown() != now.notesShown()
                    || was.leftShare() != now.leftShare() || was.promptShare() != now.promptShare())) {
                apply(now);
            }
        });
        apply(layout.get());
    }

    /** @return the sketch pad, for the scoring screen's picture and for tests */
    SketchPad pad() {
        return pad;
    }

    /** @return the notes pane */
    TextArea notes() {
        return notes;
    }

    private void apply(RoundLayout now) {
        applying = true;
        try {
            java.util.List<Node> column = new java.util.ArrayList<>();
            if (now.promptShown()) {
                column.add(prompt);
            }
            if (now.notesShown()) {
                column.add(notes);
            }
            left.getItems().setAll(column);
            if (column.size() == 2) {
                left.setDividerPositions(now.promptShare());
            }
            if (column.isEmpty()) {
                split.getItems().setAll(pad);
            } else {
                split.getItems().setAll(left, pad);
                SplitPane.setResizableWithParent(left, true);
                split.setDividerPositions(now.leftShare());
            }
        } finally {
            applying = false;
        }
    }

    private static boolean onDivider(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    private void dividersMoved() {
        applying = true;
        try {
            if (split.getItems().size() == 2 && split.getDividerPositions().length == 1) {
                layout.setLeftShare(split.getDividerPositions()[0]);
            }
            if (left.getItems().size() == 2 && left.getDividerPositions().length == 1) {
                layout.setPromptShare(left.getDividerPositions()[0]);
            }
        } finally {
            applying = false;
        }
        layout.save();
    }
}
