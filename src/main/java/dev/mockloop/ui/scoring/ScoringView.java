package dev.mockloop.ui.scoring;

import dev.mockloop.attempt.Verdict;
import dev.mockloop.ui.common.FocusScroll;
import dev.mockloop.ui.common.PhaseTimesChart;
import dev.mockloop.ui.common.PhaseTimesTable;
import dev.mockloop.ui.scoring.ScoringViewModel.DimensionChoice;
import dev.mockloop.ui.scoring.ScoringViewModel.FailureChoice;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
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

/** The scoring screen: rubric with descriptors, failure-mode checklist, verdict, reflection, Save. */
public final class ScoringView extends BorderPane {

    private final ScoringViewModel model;

    public ScoringView(ScoringViewModel model) {
        this.model = model;
        getStyleClass().add("scoring");
        VBox content = new VBox(18,
                title(),
                section("How the time went", new VBox(8, new PhaseTimesChart(model.round().phaseTimes()),
                        new PhaseTimesTable(model.round().phaseTimes()))),
                section("Rubric: score each dimension 1 to 4", rubric()),
                section("Failure modes: tick what happened", failures()),
                section("Verdict", verdict()),
                section("Reflection", reflection()));
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

    private Node rubric() {
        VBox rows = new VBox(14);
        for (DimensionChoice choice : model.dimensions()) {
            Label name = new Label(choice.dimension().title());
            name.getStyleClass().add("text-bold");
            ToggleGroup group = new ToggleGroup();
            HBox levels = new HBox(8);
            for (int level = 1; level <= 4; level++) {
                ToggleButton button = new ToggleButton(level + "  " + choice.dimension().descriptor(level));
                button.setId("score-" + choice.dimension().id() + "-" + level);
                button.getStyleClass().add("level-button");
                button.setWrapText(true);
                button.setAlignment(Pos.TOP_LEFT);
                button.setMaxWidth(Double.MAX_VALUE);
                button.setMaxHeight(Double.MAX_VALUE);
                button.setUserData(level);
                button.setToggleGroup(group);
                HBox.setHgrow(button, Priority.ALWAYS);
                button.setPrefWidth(100);
                levels.getChildren().add(button);
            }
            group.selectedToggleProperty().addListener((obs, old, now) ->
                    choice.level().set(now == null ? 0 : (Integer) now.getUserData()));
            rows.getChildren().add(new VBox(6, name, levels));
        }
        return rows;
    }

    private Node failures() {
        VBox list = new VBox(8);
        for (FailureChoice choice : model.failures()) {
            CheckBox box = new CheckBox(choice.failureMode().title());
            box.setId("failure-" + choice.failureMode().id());
            box.selectedProperty().bindBidirectional(choice.ticked());
            Label looks = new Label(choice.failureMode().looksLike());
            looks.getStyleClass().add("text-muted");
            looks.setWrapText(true);
            looks.setPadding(new Insets(0, 0, 0, 28));
            list.getChildren().add(new VBox(2, box, looks));
        }
        return list;
    }

    private Node verdict() {
        ToggleGroup group = new ToggleGroup();
        HBox row = new HBox(8);
        for (Verdict verdict : Verdict.values()) {
            ToggleButton button = new ToggleButton(verdict.label());
            button.setId("verdict-" + verdict.name());
            button.setUserData(verdict);
            button.setToggleGroup(group);
            row.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) ->
                model.verdictProperty().set(now == null ? null : (Verdict) now.getUserData()));
        return row;
    }

    private Node reflection() {
        TextArea text = new TextArea();
        text.setId("scoring-reflection");
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.setPromptText("What went well, what you would do differently, what to practise next.");
        text.textProperty().bindBidirectional(model.reflectionProperty());
        return text;
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
        save.setOnAction(e -> model.save());
        HBox bar = new HBox(12, hint, error, spacer, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 24, 12, 24));
        return bar;
    }

    private static Node section(String heading, Node body) {
        Label label = new Label(heading);
        label.getStyleClass().add("title-4");
        return new VBox(8, label, body);
    }
}
