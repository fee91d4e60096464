package dev.mockloop.ui.history;

import dev.mockloop.attempt.Verdict;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The form that edits an attempt's scores, verdict and reflection after the round. */
final class ScoringEditor extends BorderPane {

    /**
     * @param onSaved  after the edit is stored
     * @param onCancel leaves the form, changing nothing
     */
    ScoringEditor(ScoringEditModel model, Runnable onSaved, Runnable onCancel) {
        setId("scoring-editor");
        Label heading = new Label("Edit scores and reflection");
        heading.getStyleClass().add("title-3");
        Label note = new Label("The scoring as first saved is kept, and the attempt shows when it was edited.");
        note.getStyleClass().add("text-muted");
        VBox content = new VBox(16, new VBox(4, heading, note), rubric(model), verdict(model), reflection(model));
        content.setPadding(new Insets(16, 24, 16, 24));
        content.setMaxWidth(1100);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        dev.mockloop.ui.common.FocusScroll.follow(scroll);
        setCenter(scroll);

        Label error = new Label();
        error.getStyleClass().add("overtime");
        error.textProperty().bind(model.errorProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("edit-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onCancel.run());
        Button save = new Button("Save changes");
        save.setId("edit-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.canSave().not());
        save.setOnAction(e -> model.save(onSaved));
        HBox bar = new HBox(8, error, spacer, cancel, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 24, 12, 24));
        setBottom(bar);
    }

    private static Node rubric(ScoringEditModel model) {
        VBox rows = new VBox(12);
        for (ScoringEditModel.Row row : model.rows()) {
            Label name = new Label(row.title());
            name.getStyleClass().add("text-bold");
            ToggleGroup group = new ToggleGroup();
            HBox levels = new HBox(8);
            for (int level = 1; level <= 4; level++) {
                String descriptor = row.levels().get(level);
                ToggleButton button = new ToggleButton(descriptor == null ? String.valueOf(level) : level + "  " + descriptor);
                button.setId("edit-score-" + row.id() + "-" + level);
                button.getStyleClass().add("level-button");
                button.setWrapText(true);
                button.setAlignment(Pos.TOP_LEFT);
                button.setMaxWidth(Double.MAX_VALUE);
                button.setPrefWidth(100);
                button.setUserData(level);
                button.setToggleGroup(group);
                button.setSelected(row.level().get() == level);
                HBox.setHgrow(button, Priority.ALWAYS);
                levels.getChildren().add(button);
            }
            group.selectedToggleProperty().addListener((obs, old, now) ->
                    row.level().set(now == null ? 0 : (Integer) now.getUserData()));
            rows.getChildren().add(new VBox(6, name, levels));
        }
        return rows;
    }

    private static Node verdict(ScoringEditModel model) {
        ToggleGroup group = new ToggleGroup();
        HBox row = new HBox(8);
        for (Verdict verdict : Verdict.values()) {
            ToggleButton button = new ToggleButton(verdict.label());
            button.setId("edit-verdict-" + verdict.name());
            button.setUserData(verdict);
            button.setToggleGroup(group);
            button.setSelected(verdict == model.verdictProperty().get());
            row.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) ->
                model.verdictProperty().set(now == null ? null : (Verdict) now.getUserData()));
        Label label = new Label("Verdict");
        label.getStyleClass().add("title-4");
        return new VBox(6, label, row);
    }

    private static Node reflection(ScoringEditModel model) {
        TextArea text = new TextArea();
        text.setId("edit-reflection");
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.textProperty().bindBidirectional(model.reflectionProperty());
        Label label = new Label("Reflection");
        label.getStyleClass().add("title-4");
        return new VBox(6, label, text);
    }
}
