package dev.mockloop.ui.coach;

import dev.mockloop.ui.common.AnswerKeyPane;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The coach's panel: a summary line and the disagreements with the self-score over the
 * answer key, whose items it marks covered (with the candidate's own words and where they
 * are) or missed. A second opinion beside the rubric: it changes no score. Pack and
 * candidate texts are shown as plain text.
 */
public final class CoveragePane extends VBox {

    private final CoverageViewModel model;
    private final Label message = new Label();
    private final Label summary = new Label();
    private final VBox disagreements = new VBox(4);
    private final AnswerKeyPane key;

    /**
     * @param model the panel's state; the pane follows it
     * @param key   the round's answer key, whose items the coach's results mark
     */
    public CoveragePane(CoverageViewModel model, AnswerKeyPane key) {
        super(10);
        this.model = model;
        this.key = key;
        setId("coverage");
        getStyleClass().add("coverage");
        message.setId("coverage-message");
        message.setWrapText(true);
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        summary.setId("coverage-summary");
        summary.getStyleClass().add("text-bold");
        summary.textProperty().bind(model.summaryProperty());
        summary.managedProperty().bind(summary.textProperty().isNotEmpty());
        summary.visibleProperty().bind(summary.managedProperty());
        Button read = new Button("Read this round now");
        read.setId("coverage-read");
        read.setOnAction(e -> model.readNow());
        read.managedProperty().bind(model.canReadProperty());
        read.visibleProperty().bind(read.managedProperty());
        disagreements.setId("coverage-disagreements");
        getChildren().addAll(message, read, summary, disagreements, key);
        model.groups().addListener((ListChangeListener<CoverageViewModel.Group>) c -> showGroups());
        model.disagreements().addListener((ListChangeListener<String>) c -> showDisagreements());
        showGroups();
        showDisagreements();
    }

    private void showDisagreements() {
        disagreements.getChildren().clear();
        for (String line : model.disagreements()) {
            Label label = wrapped("\u26a0 " + line);
            label.getStyleClass().addAll("coverage-disagreement", "warning");
            disagreements.getChildren().add(label);
        }
    }

    private void showGroups() {
        for (CoverageViewModel.Group g : model.groups()) {
            g.covered().forEach(row -> key.mark(row.text(), true, row.evidence(), row.where()));
            g.missed().forEach(row -> key.mark(row.text(), false, null, null));
        }
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
