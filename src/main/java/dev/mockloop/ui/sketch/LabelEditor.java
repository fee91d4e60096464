package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Connector;
import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.Shape;
import dev.mockloop.sketch.ShapeKind;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The text box over the board while a label is typed: over a shape, centred on it; over a
 * connector, on its middle; for new text, where it will appear. Enter saves, Shift+Enter
 * starts a new line; Escape and clicking elsewhere save too, so nothing typed is thrown
 * away (Ctrl+Z takes a label back).
 */
final class LabelEditor extends TextArea {

    static final String ID = "sketch-label-editor";

    private final SketchPadModel model;

    LabelEditor(SketchPadModel model) {
        this.model = model;
        setId(ID);
        setManaged(false);
        setVisible(false);
        setWrapText(false);
        getStyleClass().add("sketch-label-editor");
        textProperty().bindBidirectional(model.editing().labelTextProperty());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        focusedProperty().addListener((o, was, now) -> {
            if (!now && model.labelEditProperty().get() != null) {
                model.editing().commitLabel();
            }
        });
        textProperty().addListener((o, was, now) -> place());
        model.labelEditProperty().addListener((o, was, now) -> open(now));
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
            model.editing().commitLabel();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            replaceSelection("\n");
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            model.editing().commitLabel();
            e.consume();
        }
    }

    private void open(LabelEdit edit) {
        if (edit == null) {
            if (isVisible()) {
                setVisible(false);
                if (getParent() != null) {
                    getParent().requestFocus();
                }
            }
            return;
        }
        place();
        setVisible(true);
        Platform.runLater(() -> {
            requestFocus();
            selectAll();
        });
    }

    /** Sizes and places the box for the label being edited and its current text. */
    void place() {
        LabelEdit edit = model.labelEditProperty().get();
        if (edit == null) {
            return;
        }
        Viewport view = model.viewport();
        double size = edit.fontSize() * view.scale();
        setStyle("-fx-font-size: " + Math.max(9, size) + "px;");
        double[] text = model.measurer().measure(getText().isEmpty() ? "M" : getText(), edit.fontSize());
        // Room for the text area's own padding and caret, so nothing scrolls or clips.
        double width = Math.max(90, text[0] * view.scale() + 44);
        double height = Math.max(text[1], edit.fontSize() * 1.25) * view.scale() + 30;
        Element target = edit.elementId() == 0 ? null : model.sketch().find(edit.elementId()).orElse(null);
        double x;
        double y;
        if (target instanceof Shape s && s.kind() != ShapeKind.TEXT) {
            Bounds b = s.box();
            x = view.toScreenX(b.centerX()) - width / 2;
            y = view.toScreenY(b.centerY()) - height / 2;
        } else if (target instanceof Connector c) {
            x = view.toScreenX(c.middle().x()) - width / 2;
            y = view.toScreenY(c.middle().y()) - height / 2;
        } else if (target instanceof Shape s) {
            x = view.toScreenX(s.box().minX()) - 8;
            y = view.toScreenY(s.box().minY()) - 8;
        } else {
            x = view.toScreenX(edit.x()) - 8;
            y = view.toScreenY(edit.y()) - 8;
        }
        resizeRelocate(Math.round(x), Math.round(y), Math.round(width), Math.round(height));
    }
}
