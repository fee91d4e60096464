package dev.mockloop.ui.history;

import dev.mockloop.attempt.DimensionScore;
import dev.mockloop.attempt.ScoringEdit;
import dev.mockloop.review.HistoryRow;
import dev.mockloop.ui.common.Choices;
import dev.mockloop.ui.common.FileDialogs;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One saved attempt with what can be done to it: the read-only {@link AttemptView} under a
 * bar to edit its scoring (showing the original once edited), compare it with another
 * attempt at the same question, export it as Markdown, or delete it (undo in the history).
 */
public final class AttemptPage extends BorderPane {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final AttemptPageModel model;
    private final FileDialogs files;
    private final AttemptView view;
    private final Label status = new Label();
    private final VBox revisionBox = new VBox(4);

    /**
     * @param files  asks where to export
     * @param extras the voice, talk figures and interviewer's sheet for this attempt
     */
    public AttemptPage(AttemptPageModel model, FileDialogs files, AttemptExtras extras) {
        this.model = model;
        this.files = files;
        this.view = new AttemptView(model.attempt(), model.question().orElse(null), model.coverage(),
                model::backToHistory, model.zone(), extras);
        setId("attempt-page");
        status.setId("attempt-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        revisionBox.managedProperty().bind(revisionBox.visibleProperty());
        revisionBox.setVisible(false);
        model.revisionProperty().addListener((obs, old, now) -> {
            if (now != null) {
                showRevision(now);
            }
        });
        VBox top = new VBox(6, toolbar(), revisionBox, status);
        top.setPadding(new Insets(10, 24, 6, 24));
        top.getStyleClass().add("attempt-toolbar");
        setTop(top);
        setCenter(view);
        model.load();
    }

    private Node toolbar() {
        Button edit = new Button("Edit scores and reflection");
        edit.setId("attempt-edit");
        edit.setOnAction(e -> setCenter(new ScoringEditor(model.editScoring(), model::reopen, () -> setCenter(view))));

        ComboBox<HistoryRow> others = new ComboBox<>(model.others());
        others.setId("attempt-compare-with");
        others.setPromptText("Other attempts at this question");
        others.setConverter(Choices.showing(row -> DATE.format(row.startedAt().atZone(model.zone())) + " · "
                + (row.verdict() == null ? "unfinished" : row.verdict().label())));
        others.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.others()));
        Button compare = new Button("Compare");
        compare.setId("attempt-compare");
        compare.disableProperty().bind(others.valueProperty().isNull());
        compare.setOnAction(e -> model.compareWith(others.getValue()));

        Button markdown = new Button("Export Markdown…");
        markdown.setId("attempt-export-md");
        markdown.setOnAction(e -> files.save(getScene() == null ? null : getScene().getWindow(),
                "Export this attempt as Markdown", model.markdownName(), "md").ifPresent(model::exportMarkdown));
        Button delete = new Button("Delete");
        delete.setId("attempt-delete");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> model.delete());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, edit, others, compare, spacer, markdown, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void showRevision(ScoringEdit.Revision revision) {
        Label edited = new Label("Scores or reflection edited on " + DATE.format(revision.editedAt().atZone(model.zone()))
                + ".");
        edited.setId("attempt-edited");
        ToggleButton show = new ToggleButton("Show the original");
        show.setId("attempt-show-original");
        ScoringEdit original = revision.original();
        VBox originalBox = new VBox(4);
        originalBox.setId("attempt-original");
        originalBox.getStyleClass().add("original-scoring");
        originalBox.getChildren().add(new Label("Verdict: " + (original.verdict() == null ? "none" : original.verdict().label())));
        for (DimensionScore s : original.scores()) {
            originalBox.getChildren().add(new Label(s.title() + ": " + s.score() + " / 4"));
        }
        Label reflection = new Label("Reflection: " + (original.reflection().isBlank() ? "none" : original.reflection()));
        reflection.setWrapText(true);
        originalBox.getChildren().add(reflection);
        originalBox.visibleProperty().bind(show.selectedProperty());
        originalBox.managedProperty().bind(show.selectedProperty());
        HBox line = new HBox(8, edited, show);
        line.setAlignment(Pos.CENTER_LEFT);
        revisionBox.getChildren().setAll(List.of(line, originalBox));
        revisionBox.setVisible(true);
    }
}
