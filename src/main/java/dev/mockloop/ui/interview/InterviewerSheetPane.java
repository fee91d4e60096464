package dev.mockloop.ui.interview;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * For the attempt page: the interviewer's sheet beside the candidate's own, dimension by
 * dimension with the gap, then verdicts, failure modes, feedback and notes. Everything the
 * interviewer typed is shown as plain text.
 */
public final class InterviewerSheetPane extends VBox {

    private final InterviewerSheetViewModel model;
    private final GridPane table = new GridPane();
    private final VBox voices = new VBox(10);

    /** @param model loaded by the caller ({@link InterviewerSheetViewModel#load()}) */
    public InterviewerSheetPane(InterviewerSheetViewModel model) {
        super(10);
        this.model = model;
        setId("interviewer-sheet");
        setPadding(new Insets(8, 0, 8, 0));
        Label title = new Label("Your interviewer's view");
        title.getStyleClass().add("title-4");
        Label message = new Label();
        message.setId("interviewer-sheet-message");
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        table.setId("interviewer-sheet-table");
        table.setHgap(18);
        table.setVgap(4);
        table.visibleProperty().bind(model.presentProperty());
        table.managedProperty().bind(table.visibleProperty());
        model.rows().addListener((ListChangeListener<InterviewerSheetViewModel.Row>) c -> fillTable());
        model.voices().addListener((ListChangeListener<InterviewerSheetViewModel.Voice>) c -> fillVoices());
        getChildren().addAll(title, message, table, voices);
        fillTable();
        fillVoices();
    }

    private void fillTable() {
        table.getChildren().clear();
        int seats = model.voices().size();
        int columns = model.rows().stream().mapToInt(r -> r.interviewers().size()).max().orElse(seats);
        table.addRow(0, header("Dimension"), header("You"));
        for (int i = 0; i < columns; i++) {
            table.add(header(i == 0 ? "Interviewer" : "Second"), 2 + i, 0);
        }
        table.add(header("Gap"), 2 + columns, 0);
        int r = 1;
        for (InterviewerSheetViewModel.Row row : model.rows()) {
            table.add(new Label(row.dimension()), 0, r);
            table.add(cell(row.self()), 1, r);
            for (int i = 0; i < row.interviewers().size(); i++) {
                table.add(cell(row.interviewers().get(i)), 2 + i, r);
            }
            Label gap = cell(row.gap());
            gap.setId("interviewer-gap-" + (r - 1));
            table.add(gap, 2 + columns, r);
            r++;
        }
        table.add(new Label("Verdict"), 0, r);
        Label self = new Label();
        self.textProperty().bind(model.selfVerdictProperty());
        table.add(self, 1, r);
        for (int i = 0; i < model.voices().size(); i++) {
            table.add(new Label(model.voices().get(i).verdict()), 2 + i, r);
        }
    }

    private void fillVoices() {
        voices.getChildren().clear();
        Label yours = wrapped("You ticked: " + model.selfFailuresProperty().get());
        yours.textProperty().bind(model.selfFailuresProperty().map(f -> "You ticked: " + f));
        if (!model.voices().isEmpty()) {
            voices.getChildren().add(yours);
        }
        int seat = 0;
        for (InterviewerSheetViewModel.Voice voice : model.voices()) {
            Label who = new Label(voice.who());
            who.getStyleClass().add("text-bold");
            Label failures = wrapped("Failure modes seen: " + voice.failures());
            Label feedback = wrapped(voice.feedback().isBlank() ? "No feedback written." : voice.feedback());
            feedback.setId("interviewer-feedback-" + seat);
            Label notes = wrapped(voice.notes().isBlank() ? "No notes." : "Notes: " + voice.notes());
            notes.setId("interviewer-notes-" + seat);
            notes.getStyleClass().add("text-muted");
            voices.getChildren().add(new VBox(4, who, failures, feedback, notes));
            seat++;
        }
        fillTable();
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-bold");
        return label;
    }

    private static Label cell(String text) {
        return new Label(text);
    }

    private static Label wrapped(String text) {
        // A Label draws the characters as typed: markup in the interviewer's text stays text.
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
