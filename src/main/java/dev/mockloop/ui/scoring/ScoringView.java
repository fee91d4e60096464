package dev.mockloop.ui.scoring;

import dev.mockloop.ui.common.FocusScroll;
import dev.mockloop.ui.common.PhaseTimesChart;
import dev.mockloop.ui.common.PhaseTimesTable;
import dev.mockloop.ui.common.ScoreSheetForm;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The scoring screen: rubric with descriptors, failure-mode checklist, verdict, reflection, Save. */
public final class ScoringView extends BorderPane {

    private final ScoringViewModel model;

    public ScoringView(ScoringViewModel model) {
        this.model = model;
        ScoreSheetForm form = new ScoreSheetForm(model.sheet(), "");
        getStyleClass().add("scoring");
        VBox content = new VBox(18,
                title(),
                section("How the time went", new VBox(8, new PhaseTimesChart(model.round().phaseTimes()),
                        new PhaseTimesTable(model.round().phaseTimes()))),
                section("Rubric: score each dimension 1 to 4", form.rubric()),
                section("Failure modes: tick what happened", form.failures()),
                section("Verdict", form.verdict()),
                section("Reflection", form.text("scoring-reflection",
                        "What went well, what you would do differently, what to practise next.")));
        content.setPadding(new Insets(16, 24, 16, 24));
        content.setMaxWidth(1100);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        FocusScroll.follow(scroll);
        setCenter(scroll);
        // The scene focuses the first control when the screen opens; start at the top regardless.
        javafx.application.Platform.runLater(() -> scroll.setVvalue(0));
        setBottom(actions());
    }

    private Node title() {
        Label heading = new Label("Score your round");
        heading.getStyleClass().add("title-2");
        Label question = new Label(model.round().question().question().title());
        question.getStyleClass().add("text-muted");
        return new VBox(4, heading, question);
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
        if (getScene() != null) {
            ask.initOwner(getScene().getWindow());
        }
        ask.showAndWait().ifPresent(choice -> {
            if (choice == keepOut) {
                model.save(false);
            } else if (choice == count) {
                model.save(true);
            }
        });
    }

    private static Node section(String heading, Node body) {
        Label label = new Label(heading);
        label.getStyleClass().add("title-4");
        return new VBox(8, label, body);
    }
}
