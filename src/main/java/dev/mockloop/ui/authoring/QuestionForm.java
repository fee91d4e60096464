package dev.mockloop.ui.authoring;

import dev.mockloop.pack.Level;
import java.util.List;
import javafx.beans.property.Property;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** The selected question's fields, its reference outline last. Lists are one item a line; tags are separated by spaces. */
final class QuestionForm extends GridPane {

    private final TextField title = new TextField();
    private final TextField id = new TextField();
    private final ComboBox<Level> level = PackEditorView.levels();
    private final TextField tags = new TextField();
    private final ComboBox<String> framework = new ComboBox<>();
    private final TextArea behavioral = area(3);
    private final TextArea behavioralSignals = area(2);
    private final TextArea design = area(3);
    private final TextArea clarifying = area(2);
    private final TextArea probes = area(2);
    private final TextArea designSignals = area(2);
    private final TextArea outlineComponents = area(3);
    private final TextArea outlineEstimates = area(2);
    private final TextArea outlineTradeoffs = area(2);
    private final TextArea outlineSources = area(2);
    private QuestionDraft shown;

    QuestionForm(List<String> frameworks) {
        GridPane layout = PackEditorView.grid();
        setHgap(layout.getHgap());
        setVgap(layout.getVgap());
        getColumnConstraints().setAll(layout.getColumnConstraints());
        setPadding(new javafx.geometry.Insets(0, 12, 0, 12));
        setId("editor-question-form");
        framework.getItems().setAll(frameworks);
        ids();
        title.setPromptText("Short name shown in lists");
        id.setPromptText("Made from the title when blank");
        tags.setPromptText("e.g. caching rate-limiting");
        probes.setPromptText("One follow-up a line");
        outlineComponents.setPromptText("What a strong answer draws, one item a line");
        outlineEstimates.setPromptText("One estimate a line, with its numbers and how they were reached");
        outlineTradeoffs.setPromptText("One tradeoff a line");
        outlineSources.setPromptText("Where a cited figure comes from, one a line");
        int row = 0;
        addRow(row++, new Label("Title"), title);
        addRow(row++, new Label("Id"), id);
        addRow(row++, new Label("Level"), level);
        addRow(row++, new Label("Tags"), tags);
        addRow(row++, new Label("Framework"), framework);
        addRow(row++, new Label("Behavioral prompt"), behavioral);
        addRow(row++, new Label("Behavioral signals"), behavioralSignals);
        addRow(row++, new Label("Design prompt"), design);
        addRow(row++, new Label("Clarifying questions"), clarifying);
        addRow(row++, new Label("Probes"), probes);
        addRow(row++, new Label("Design signals"), designSignals);
        addRow(row++, new Label("Outline: components"), outlineComponents);
        addRow(row++, new Label("Outline: estimates"), outlineEstimates);
        addRow(row++, new Label("Outline: tradeoffs"), outlineTradeoffs);
        addRow(row, new Label("Outline: sources"), outlineSources);
    }

    /** Shows a draft, unbinding the one shown before. */
    void show(QuestionDraft draft) {
        if (shown != null) {
            unbind(title, shown.titleProperty());
            unbind(id, shown.idProperty());
            unbind(tags, shown.tagsProperty());
            unbind(behavioral, shown.behavioralProperty());
            unbind(behavioralSignals, shown.behavioralSignalsProperty());
            unbind(design, shown.designProperty());
            unbind(clarifying, shown.clarifyingProperty());
            unbind(probes, shown.probesProperty());
            unbind(designSignals, shown.designSignalsProperty());
            unbind(outlineComponents, shown.outlineComponentsProperty());
            unbind(outlineEstimates, shown.outlineEstimatesProperty());
            unbind(outlineTradeoffs, shown.outlineTradeoffsProperty());
            unbind(outlineSources, shown.outlineSourcesProperty());
            level.valueProperty().unbindBidirectional(shown.levelProperty());
            framework.valueProperty().unbindBidirectional(shown.frameworkProperty());
        }
        shown = draft;
        setDisable(draft == null);
        if (draft == null) {
            return;
        }
        title.textProperty().bindBidirectional(draft.titleProperty());
        id.textProperty().bindBidirectional(draft.idProperty());
        tags.textProperty().bindBidirectional(draft.tagsProperty());
        behavioral.textProperty().bindBidirectional(draft.behavioralProperty());
        behavioralSignals.textProperty().bindBidirectional(draft.behavioralSignalsProperty());
        design.textProperty().bindBidirectional(draft.designProperty());
        clarifying.textProperty().bindBidirectional(draft.clarifyingProperty());
        probes.textProperty().bindBidirectional(draft.probesProperty());
        designSignals.textProperty().bindBidirectional(draft.designSignalsProperty());
        outlineComponents.textProperty().bindBidirectional(draft.outlineComponentsProperty());
        outlineEstimates.textProperty().bindBidirectional(draft.outlineEstimatesProperty());
        outlineTradeoffs.textProperty().bindBidirectional(draft.outlineTradeoffsProperty());
        outlineSources.textProperty().bindBidirectional(draft.outlineSourcesProperty());
        level.valueProperty().bindBidirectional(draft.levelProperty());
        framework.valueProperty().bindBidirectional(draft.frameworkProperty());
    }

    private void ids() {
        title.setId("question-title");
        id.setId("question-id");
        level.setId("question-level");
        tags.setId("question-tags");
        framework.setId("question-framework");
        behavioral.setId("question-behavioral");
        behavioralSignals.setId("question-behavioral-signals");
        design.setId("question-design");
        clarifying.setId("question-clarifying");
        probes.setId("question-probes");
        designSignals.setId("question-design-signals");
        outlineComponents.setId("question-outline-components");
        outlineEstimates.setId("question-outline-estimates");
        outlineTradeoffs.setId("question-outline-tradeoffs");
        outlineSources.setId("question-outline-sources");
    }

    private static void unbind(javafx.scene.control.TextInputControl field, Property<String> value) {
        field.textProperty().unbindBidirectional(value);
    }

    private static TextArea area(int rows) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        return area;
    }
}
