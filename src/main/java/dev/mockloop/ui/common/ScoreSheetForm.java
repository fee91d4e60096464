package dev.mockloop.ui.common;

import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.Bar;
import dev.mockloop.ui.common.ScoreSheetModel.DimensionInput;
import dev.mockloop.ui.common.ScoreSheetModel.FailureInput;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The widgets of a score sheet, bound both ways to a {@link ScoreSheetModel}: rubric cards
 * with each level's descriptor (and the bar for the question's level where the pack sets
 * one), the failure-mode checklist, the verdict toggles and the free text. Node ids start
 * with a prefix, so two sheets on one screen stay apart: {@code <prefix>score-<dimension>-<level>},
 * {@code <prefix>verdict-<VERDICT>}, {@code <prefix>failure-<id>}.
 */
public final class ScoreSheetForm {

    private final ScoreSheetModel model;
    private final String prefix;

    /** @param prefix put before every node id, e.g. "" or "edit-" */
    public ScoreSheetForm(ScoreSheetModel model, String prefix) {
        this.model = model;
        this.prefix = prefix;
    }

    /** @return one card per dimension: its title, its bar, and a toggle per level */
    public Node rubric() {
        VBox rows = new VBox(14);
        for (DimensionInput input : model.dimensions()) {
            rows.getChildren().add(card(input));
        }
        return rows;
    }

    private Node card(DimensionInput input) {
        SheetDimension dimension = input.dimension();
        Label name = new Label(dimension.title());
        name.getStyleClass().add("text-bold");
        VBox card = new VBox(6, name);
        card.getStyleClass().add("rubric-card");
        Bar bar = dimension.bar();
        card.setAccessibleText("Rubric: " + dimension.title() + (bar == null ? ""
                : ". The bar at this level: " + bar.expect() + " or higher") + ". Choose a level from 1 to 4.");
        if (bar != null) {
            Label barLine = new Label("The bar at this level: " + bar.expect() + " or higher. " + bar.text());
            barLine.setId(prefix + "bar-" + dimension.id());
            barLine.getStyleClass().addAll("text-muted", "level-bar");
            barLine.setWrapText(true);
            card.getChildren().add(barLine);
        }
        ToggleGroup group = new ToggleGroup();
        HBox levels = new HBox(8);
        for (int level = 1; level <= 4; level++) {
            String descriptor = dimension.descriptor(level);
            ToggleButton button = new ToggleButton(descriptor == null ? String.valueOf(level) : level + "  " + descriptor);
            button.setId(prefix + "score-" + dimension.id() + "-" + level);
            button.getStyleClass().add("level-button");
            if (bar != null && level >= bar.expect()) {
                button.getStyleClass().add("meets-bar");
            }
            button.setAccessibleText(dimension.title() + ", level " + level + (descriptor == null ? "" : ": " + descriptor));
            button.setWrapText(true);
            button.setAlignment(Pos.TOP_LEFT);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMaxHeight(Double.MAX_VALUE);
            button.setPrefWidth(100);
            button.setUserData(level);
            button.setToggleGroup(group);
            HBox.setHgrow(button, Priority.ALWAYS);
            levels.getChildren().add(button);
        }
        bindBothWays(group, input);
        card.getChildren().add(levels);
        return card;
    }

    private static void bindBothWays(ToggleGroup group, DimensionInput input) {
        Runnable show = () -> group.getToggles().forEach(t -> t.setSelected(t.getUserData().equals(input.level().get())));
        show.run();
        input.level().addListener((obs, old, now) -> show.run());
        group.selectedToggleProperty().addListener((obs, old, now) -> input.level().set(levelOf(now)));
    }

    private static int levelOf(Toggle toggle) {
        return toggle == null ? 0 : (Integer) toggle.getUserData();
    }

    /** @return a check box per failure mode, with what it looks like */
    public Node failures() {
        VBox list = new VBox(8);
        for (FailureInput input : model.failures()) {
            CheckBox box = new CheckBox(input.failureMode().title());
            box.setId(prefix + "failure-" + input.failureMode().id());
            box.selectedProperty().bindBidirectional(input.ticked());
            Label looks = new Label(input.failureMode().looksLike());
            looks.getStyleClass().add("text-muted");
            looks.setWrapText(true);
            looks.setPadding(new Insets(0, 0, 0, 28));
            list.getChildren().add(new VBox(2, box, looks));
        }
        return list;
    }

    /** @return a toggle per verdict */
    public Node verdict() {
        ToggleGroup group = new ToggleGroup();
        FlowPane row = new FlowPane(8, 8);
        for (Verdict verdict : Verdict.values()) {
            ToggleButton button = new ToggleButton(verdict.label());
            button.setId(prefix + "verdict-" + verdict.name());
            button.setUserData(verdict);
            button.setToggleGroup(group);
            row.getChildren().add(button);
        }
        Runnable show = () -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == model.verdictProperty().get()));
        show.run();
        model.verdictProperty().addListener((obs, old, now) -> show.run());
        group.selectedToggleProperty().addListener((obs, old, now) ->
                model.verdictProperty().set(now == null ? null : (Verdict) now.getUserData()));
        return row;
    }

    /**
     * @param id     the text area's node id
     * @param prompt shown while it is empty
     * @return the free-text area
     */
    public TextArea text(String id, String prompt) {
        TextArea text = new TextArea();
        text.setId(id);
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.setPromptText(prompt);
        text.textProperty().bindBidirectional(model.textProperty());
        return text;
    }
}
