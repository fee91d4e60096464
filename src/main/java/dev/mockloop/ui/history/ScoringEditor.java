package dev.mockloop.ui.history;

import dev.mockloop.ui.common.ScoreSheetForm;
import dev.mockloop.attempt.Verdict;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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
        ScoreSheetForm form = new ScoreSheetForm(model.sheet(), "edit-");
        VBox content = new VBox(16, new VBox(4, heading, note), form.rubric(),
                titled("Verdict", form.verdict()), titled("Reflection", form.text("edit-reflection", "")));
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

    private static Node titled(String title, Node body) {
        Label label = new Label(title);
        label.getStyleClass().add("title-4");
        return new VBox(6, label, body);
    }
}
