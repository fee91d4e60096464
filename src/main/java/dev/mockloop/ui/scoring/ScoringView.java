package dev.mockloop.ui.scoring;

import dev.mockloop.ui.coach.CoveragePane;
import dev.mockloop.ui.common.AnswerKeyPane;
import dev.mockloop.ui.common.FocusScroll;
import dev.mockloop.ui.common.PhaseTimesChart;
import dev.mockloop.ui.common.PhaseTimesTable;
import dev.mockloop.ui.common.ScoreSheetForm;
import java.io.ByteArrayInputStream;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The scoring screen: the rubric with its descriptors and the bar for the question's level,
 * the failure-mode checklist, the verdict and the reflection on the left; beside them the
 * answer key (signals, clarifying questions, the reference outline, every probe and what
 * happened to it) and the candidate's own whiteboard and notes, each collapsible.
 */
public final class ScoringView extends BorderPane {

    private final ScoringViewModel model;

    public ScoringView(ScoringViewModel model) {
        this.model = model;
        ScoreSheetForm form = new ScoreSheetForm(model.sheet(), "");
        getStyleClass().add("scoring");
        VBox sheet = new VBox(18,
                section("How the time went", new VBox(8, new PhaseTimesChart(model.round().phaseTimes()),
                        new PhaseTimesTable(model.round().phaseTimes()))),
                section("Rubric: score each dimension 1 to 4", form.rubric()),
                section("Failure modes: tick what happened", form.failures()),
                section("Verdict", form.verdict()),
                section("Reflection", form.text("scoring-reflection",
                        "What went well, what you would do differently, what to practise next.")));
        sheet.setPadding(new Insets(8, 16, 16, 24));
        ScrollPane sheetScroll = scroll(sheet);
        sheetScroll.setId("scoring-sheet");
        FocusScroll.follow(sheetScroll);

        VBox beside = new VBox(8,
                titled("scoring-answer-key", "Answer key and the coach's second opinion", new CoveragePane(
                        model.coverage(), new AnswerKeyPane(model.question(), model.round().probeResponses(),
                        model.round().phaseTimes()))),
                titled("scoring-your-sketch", "Your whiteboard", sketch()),
                titled("scoring-your-notes", "Your notes", notes()));
        beside.setPadding(new Insets(8, 16, 16, 8));
        ScrollPane besideScroll = scroll(beside);
        besideScroll.setId("scoring-beside");

        SplitPane split = new SplitPane(sheetScroll, besideScroll);
        split.setDividerPositions(0.58);
        setTop(title());
        setCenter(split);
        // The scene focuses the first control when the screen opens; start at the top regardless.
        javafx.application.Platform.runLater(() -> sheetScroll.setVvalue(0));
        setBottom(actions());
    }

    private Node title() {
        Label heading = new Label("Score your round");
        heading.getStyleClass().add("title-2");
        Label question = new Label(model.round().question().question().title());
        question.getStyleClass().add("text-muted");
        question.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button abandon = new Button("Abandon round…");
        abandon.setId("scoring-abandon");
        abandon.getStyleClass().add("flat");
        abandon.setOnAction(e -> abandon());
        HBox row = new HBox(12, new VBox(4, heading, question), spacer, abandon);
        row.setAlignment(Pos.TOP_LEFT);
        row.setPadding(new Insets(16, 24, 4, 24));
        return row;
    }

    private Node sketch() {
        byte[] png = model.sketchPng();
        if (png.length == 0) {
            return muted("Nothing was drawn.");
        }
        ImageView view = new ImageView(new Image(new ByteArrayInputStream(png)));
        view.setId("scoring-sketch");
        view.setPreserveRatio(true);
        view.setFitWidth(Math.min(520, view.getImage().getWidth()));
        view.getStyleClass().add("sketch-image");
        return view;
    }

    private Node notes() {
        String notes = model.round().notes();
        Label label = notes.isBlank() ? muted("No notes.") : new Label(notes);
        label.setId("scoring-notes");
        label.setWrapText(true);
        return label;
    }

    private Node actions() {
        Label hint = new Label("Score every dimension and choose a verdict to save.");
        hint.getStyleClass().add("text-muted");
        hint.visibleProperty().bind(model.completeProperty().not());
        Label error = new Label();
        error.setId("scoring-error");
        error.getStyleClass().add("overtime");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button save = new Button("Save attempt");
        save.setId("scoring-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.canSave().not());
        save.setOnAction(e -> save());
        HBox bar = new HBox(12, hint, error, spacer, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 24, 12, 24));
        return bar;
    }

    /** A round shorter than five minutes asks first, and can be kept out of the stats. */
    private void save() {
        if (!model.isShortRound()) {
            model.save(true);
            return;
        }
        ButtonType keepOut = new ButtonType("Save, keep out of stats", ButtonBar.ButtonData.OTHER);
        ButtonType count = new ButtonType("Save and count it", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "This round ran for less than five minutes. "
                + "Saved as it is, its scores count in your progress and your practice schedule.",
                keepOut, count, ButtonType.CANCEL);
        ask.setHeaderText("Save a round this short?");
        owned(ask);
        ask.showAndWait().ifPresent(choice -> {
            if (choice == keepOut) {
                model.save(false);
            } else if (choice == count) {
                model.save(true);
            }
        });
    }

    private void abandon() {
        ButtonType throwAway = new ButtonType("Abandon round", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.WARNING, "The round, its notes, sketch and these scores are "
                + "deleted and nothing is saved to your history.", throwAway, ButtonType.CANCEL);
        ask.setHeaderText("Abandon this round?");
        owned(ask);
        ask.showAndWait().filter(throwAway::equals).ifPresent(choice -> model.abandon());
    }

    private void owned(Alert alert) {
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static TitledPane titled(String id, String title, Node content) {
        TitledPane pane = new TitledPane(title, content);
        pane.setId(id);
        pane.setExpanded(true);
        return pane;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }

    private static Node section(String heading, Node body) {
        Label label = new Label(heading);
        label.getStyleClass().add("title-4");
        return new VBox(8, label, body);
    }
}
