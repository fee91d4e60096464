package dev.mockloop.ui.coach;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The coach's panel: a summary line, the disagreements with the self-score, then for each
 * kind of answer-key item what was covered (with the candidate's own words and where they
 * are) and what was missed. A second opinion beside the rubric: it changes no score. Pack
 * and candidate texts are shown as plain text.
 */
public final class CoveragePane extends VBox {

    private final CoverageViewModel model;
    private final Label message = new Label();
    private final Label summary = new Label();
    private final VBox disagreements = new VBox(4);
    private final VBox groups = new VBox(12);

    /** @param model the panel's state; the pane follows it */
    public CoveragePane(CoverageViewModel model) {
        super(10);
        this.model = model;
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
        disagreements.setId("coverage-disagreements");
        groups.setId("coverage-groups");
        getChildren().addAll(message, summary, disagreements, groups);
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
        groups.getChildren().clear();
        for (CoverageViewModel.Group g : model.groups()) {
            VBox box = new VBox(4);
            box.setId("coverage-" + g.kind().id());
            Label heading = new Label(g.title() + " \u2014 " + g.count() + " covered");
            heading.getStyleClass().add("text-bold");
            box.getChildren().add(heading);
            for (CoverageViewModel.Row row : g.covered()) {
                Label item = wrapped("\u2713 " + row.text());
                item.getStyleClass().addAll("coverage-item", "covered", "success");
                Label evidence = wrapped("\u201c" + row.evidence() + "\u201d \u2014 " + row.where());
                evidence.getStyleClass().addAll("coverage-evidence", "text-muted");
                evidence.setPadding(new javafx.geometry.Insets(0, 0, 0, 18));
                box.getChildren().addAll(item, evidence);
            }
            for (CoverageViewModel.Row row : g.missed()) {
                Label item = wrapped("\u2717 " + row.text());
                item.getStyleClass().addAll("coverage-item", "missed");
                box.getChildren().add(item);
            }
            groups.getChildren().add(box);
        }
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
