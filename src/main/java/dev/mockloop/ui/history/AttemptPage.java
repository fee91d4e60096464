package dev.mockloop.ui.history;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.DimensionScore;
import dev.mockloop.attempt.ScoringEdit;
import dev.mockloop.export.MarkdownExport;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.review.HistoryRow;
import dev.mockloop.review.ReviewStore;
import dev.mockloop.ui.common.Choices;
import dev.mockloop.ui.common.FileDialogs;
import dev.mockloop.ui.common.Navigator;
import dev.mockloop.ui.common.TaskRunner;
import java.time.ZoneId;
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

    /** What the page needs besides the attempt. */
    public record Context(HistoryViewModel history, ReviewStore review, TaskRunner tasks, PackLibrary library,
                          FileDialogs files, Navigator navigator, ZoneId zone) {
    }

    private final Attempt attempt;
    private final Context context;
    private final AttemptView view;
    private final Label status = new Label();
    private final VBox revisionBox = new VBox(4);

    public AttemptPage(Attempt attempt, Context context) {
        this.attempt = attempt;
        this.context = context;
        this.view = new AttemptView(attempt, context.navigator()::history, context.zone());
        setId("attempt-page");
        status.setId("attempt-status");
        status.setWrapText(true);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        revisionBox.managedProperty().bind(revisionBox.visibleProperty());
        revisionBox.setVisible(false);
        VBox top = new VBox(6, toolbar(), revisionBox, status);
        top.setPadding(new Insets(10, 24, 6, 24));
        top.getStyleClass().add("attempt-toolbar");
        setTop(top);
        setCenter(view);
        loadRevision();
    }

    private Node toolbar() {
        Button edit = new Button("Edit scores and reflection");
        edit.setId("attempt-edit");
        edit.setOnAction(e -> setCenter(new ScoringEditor(new ScoringEditModel(attempt, context.library(),
                context.review(), context.tasks()), () -> context.navigator().attempt(attempt.id()), () -> setCenter(view))));

        ComboBox<HistoryRow> others = new ComboBox<>();
        others.setId("attempt-compare-with");
        others.setPromptText("Other attempts at this question");
        others.setConverter(Choices.showing(row -> DATE.format(row.startedAt().atZone(context.zone())) + " · "
                + (row.verdict() == null ? "unfinished" : row.verdict().label())));
        context.tasks().run(() -> context.review().history().attemptsAt(attempt.packId(), attempt.questionId(), 200),
                rows -> others.getItems().setAll(rows.stream().filter(r -> r.id() != attempt.id()).toList()),
                failure -> status.setText("Could not list the other attempts: " + failure.getMessage()));
        others.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(others.getItems()));
        Button compare = new Button("Compare");
        compare.setId("attempt-compare");
        compare.disableProperty().bind(others.valueProperty().isNull());
        compare.setOnAction(e -> {
            HistoryRow other = others.getValue();
            boolean otherFirst = other.startedAt().isBefore(attempt.startedAt());
            context.navigator().compare(otherFirst ? other.id() : attempt.id(), otherFirst ? attempt.id() : other.id());
        });

        Button markdown = new Button("Export Markdown…");
        markdown.setId("attempt-export-md");
        markdown.setOnAction(e -> exportMarkdown());
        Button delete = new Button("Delete");
        delete.setId("attempt-delete");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> context.history().delete(attempt.id(), context.navigator()::history));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, edit, others, compare, spacer, markdown, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void exportMarkdown() {
        String name = "mockloop-" + attempt.questionId() + "-" + attempt.id() + ".md";
        context.files().save(getScene() == null ? null : getScene().getWindow(), "Export this attempt as Markdown",
                name, "md").ifPresent(file -> context.tasks().run(() -> MarkdownExport.write(attempt, context.zone(), file),
                written -> status.setText("Exported to " + String.join(" and ", written.stream().map(Object::toString).toList()) + "."),
                failure -> status.setText("Not exported: " + failure.getMessage())));
    }

    private void loadRevision() {
        context.tasks().run(() -> context.review().edits().revision(attempt.id()), revision -> revision.ifPresent(this::showRevision),
                failure -> status.setText("Could not read the edit history: " + failure.getMessage()));
    }

    private void showRevision(ScoringEdit.Revision revision) {
        Label edited = new Label("Scores or reflection edited on " + DATE.format(revision.editedAt().atZone(context.zone()))
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
