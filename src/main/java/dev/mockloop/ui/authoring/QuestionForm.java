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
            unbind(title, shown.title);
            unbind(id, shown.id);
            unbind(tags, shown.tags);
            unbind(behavioral, shown.behavioral);
            unbind(behavioralSignals, shown.behavioralSignals);
            unbind(design, shown.design);
            unbind(clarifying, shown.clarifying);
            unbind(probes, shown.probes);
            unbind(designSignals, shown.designSignals);
            unbind(outlineComponents, shown.outlineComponents);
            unbind(outlineEstimates, shown.outlineEstimates);
            unbind(outlineTradeoffs, shown.outlineTradeoffs);
            unbind(outlineSources, shown.outlineSources);
            level.valueProperty().unbindBidirectional(shown.level);
            framework.valueProperty().unbindBidirectional(shown.framework);
        }
        shown = draft;
        setDisable(draft == null);
        if (draft == null) {
            return;
        }
        title.textProperty().bindBidirectional(draft.title);
        id.textProperty().bindBidirectional(draft.id);
        tags.textProperty().bindBidirectional(draft.tags);
        behavioral.textProperty().bindBidirectional(draft.behavioral);
        behavioralSignals.textProperty().bindBidirectional(draft.behavioralSignals);
        design.textProperty().bindBidirectional(draft.design);
        clarifying.textProperty().bindBidirectional(draft.clarifying);
        probes.textProperty().bindBidirectional(draft.probes);
        designSignals.textProperty().bindBidirectional(draft.designSignals);
        outlineComponents.textProperty().bindBidirectional(draft.outlineComponents);
        outlineEstimates.textProperty().bindBidirectional(draft.outlineEstimates);
        outlineTradeoffs.textProperty().bindBidirectional(draft.outlineTradeoffs);
        outlineSources.textProperty().bindBidirectional(draft.outlineSources);
        level.valueProperty().bindBidirectional(draft.level);
        framework.valueProperty().bindBidirectional(draft.framework);
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
