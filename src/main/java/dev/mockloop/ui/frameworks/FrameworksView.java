package dev.mockloop.ui.frameworks;

import dev.mockloop.pack.Framework;
import dev.mockloop.pack.PromptKind;
import dev.mockloop.ui.common.Choices;
import dev.mockloop.ui.common.TimeText;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The frameworks screen: your frameworks and ones to start from on the left, the editor on the right. */
public final class FrameworksView extends BorderPane {

    private final FrameworksViewModel model;
    private final GridPane rows = new GridPane();

    public FrameworksView(FrameworksViewModel model) {
        this.model = model;
        setPadding(new Insets(16));
        Label heading = new Label("Frameworks");
        heading.getStyleClass().add("title-2");
        Label intro = new Label("A framework is the plan of a round: its phases and their minutes (15 to 90 in all). "
                + "Pick one next to Start round to override a question's own.");
        intro.getStyleClass().add("text-muted");
        intro.setWrapText(true);
        setTop(new VBox(4, heading, intro));
        SplitPane split = new SplitPane(lists(), editor());
        split.setDividerPositions(0.3);
        BorderPane.setMargin(split, new Insets(12, 0, 0, 0));
        setCenter(split);
    }

    private Node lists() {
        ListView<Framework> mine = new ListView<>(model.mine());
        mine.setId("fw-mine");
        mine.setPlaceholder(new Label("None yet: start a new one."));
        mine.setCellFactory(l -> cell());
        mine.setPrefHeight(220);
        mine.getSelectionModel().selectedItemProperty().addListener((obs, old, f) -> {
            if (f != null) {
                model.edit(f);
            }
        });
        Button create = new Button("New framework");
        create.setId("fw-new");
        create.getStyleClass().add("accent");
        create.setOnAction(e -> {
            mine.getSelectionModel().clearSelection();
            model.newFramework();
        });
        Button delete = new Button("Delete");
        delete.setId("fw-delete");
        delete.disableProperty().bind(mine.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> model.delete(mine.getSelectionModel().getSelectedItem()));

        ListView<Framework> templates = new ListView<>();
        templates.getItems().setAll(model.templates());
        templates.setCellFactory(l -> cell());
        Button duplicate = new Button("Duplicate");
        duplicate.setId("fw-duplicate");
        duplicate.disableProperty().bind(templates.getSelectionModel().selectedItemProperty().isNull()
                .and(mine.getSelectionModel().selectedItemProperty().isNull()));
        duplicate.setOnAction(e -> {
            Framework source = templates.getSelectionModel().getSelectedItem() != null
                    ? templates.getSelectionModel().getSelectedItem() : mine.getSelectionModel().getSelectedItem();
            mine.getSelectionModel().clearSelection();
            model.duplicate(source);
        });
        templates.getSelectionModel().selectedItemProperty().addListener((obs, old, f) -> {
            if (f != null) {
                mine.getSelectionModel().clearSelection();
            }
        });
        VBox.setVgrow(templates, Priority.ALWAYS);
        VBox box = new VBox(8, caption("Yours"), mine, new HBox(8, create, delete),
                caption("Built in and from packs"), templates, duplicate);
        box.setPadding(new Insets(0, 12, 0, 0));
        return box;
    }

    private Node editor() {
        TextField title = new TextField();
        title.setId("fw-title");
        title.setPromptText("Framework title");
        title.textProperty().bindBidirectional(model.titleProperty());
        title.getStyleClass().add("title-4");

        rows.setHgap(8);
        rows.setVgap(6);
        model.phases().addListener((ListChangeListener<PhaseRow>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved() || c.wasPermutated()) {
                    layoutRows();
                    return;
                }
            }
        });
        layoutRows();

        Button add = new Button("Add phase");
        add.setId("fw-add-phase");
        add.setOnAction(e -> model.addPhase());
        Label total = new Label();
        total.setId("fw-total");
        total.textProperty().bind(model.totalProperty());
        Label problems = new Label();
        problems.setId("fw-problems");
        problems.getStyleClass().add("overtime");
        problems.setWrapText(true);
        problems.textProperty().bind(model.problemsProperty());
        Label status = new Label();
        status.setId("fw-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Button save = new Button("Save framework");
        save.setId("fw-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.canSave().not());
        save.setOnAction(e -> model.save());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        VBox editor = new VBox(12, title, rows, new HBox(12, add, total, spacer, save), problems, status);
        editor.setPadding(new Insets(0, 0, 0, 12));
        editor.visibleProperty().bind(model.editingProperty());
        ScrollPane scroll = new ScrollPane(editor);
        scroll.setFitToWidth(true);
        Label empty = new Label("Choose a framework on the left, start a new one, or duplicate one.");
        empty.getStyleClass().add("text-muted");
        empty.visibleProperty().bind(model.editingProperty().not());
        BorderPane pane = new BorderPane(new javafx.scene.layout.StackPane(empty, scroll));
        scroll.visibleProperty().bind(model.editingProperty());
        return pane;
    }

    private void layoutRows() {
        rows.getChildren().clear();
        rows.addRow(0, caption("Phase"), caption("Minutes"), caption("Guide: what the phase covers"), caption("Prompt"));
        for (int i = 0; i < model.phases().size(); i++) {
            PhaseRow row = model.phases().get(i);
            TextField title = new TextField();
            title.setId("fw-phase-title-" + i);
            title.textProperty().bindBidirectional(row.titleProperty());
            Spinner<Integer> minutes = new Spinner<>(1, 90, row.minutesProperty().get());
            minutes.setId("fw-phase-minutes-" + i);
            minutes.setEditable(true);
            minutes.setPrefWidth(90);
            minutes.valueProperty().addListener((obs, old, now) -> row.minutesProperty().set(now == null ? 1 : now));
            TextField guide = new TextField();
            guide.setId("fw-phase-guide-" + i);
            guide.textProperty().bindBidirectional(row.guideProperty());
            GridPane.setHgrow(guide, Priority.ALWAYS);
            ChoiceBox<PromptKind> prompt = new ChoiceBox<>();
            prompt.getItems().setAll(PromptKind.values());
            prompt.setConverter(Choices.showing(kind -> kind == PromptKind.BEHAVIORAL ? "Behavioral" : "Design"));
            prompt.valueProperty().bindBidirectional(row.promptProperty());
            Button up = small("↑", "Move up", () -> model.move(row, -1));
            Button down = small("↓", "Move down", () -> model.move(row, 1));
            Button remove = small("✕", "Remove this phase", () -> model.removePhase(row));
            rows.addRow(i + 1, title, minutes, guide, prompt, new HBox(4, up, down, remove));
        }
    }

    private static Button small(String text, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().add("flat");
        button.setTooltip(new javafx.scene.control.Tooltip(tooltip));
        button.setOnAction(e -> action.run());
        return button;
    }

    private static ListCell<Framework> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Framework f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.title() + "  ·  " + TimeText.duration(f.plannedMillis()));
            }
        };
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("text-bold");
        label.setAlignment(Pos.CENTER_LEFT);
        return label;
    }
}
