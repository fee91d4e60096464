package dev.mockloop.ui.authoring;

import atlantafx.base.theme.Styles;
import dev.mockloop.pack.Level;
import javafx.beans.property.Property;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The pack editor: the pack's details, its questions in a list, the selected question's
 * form, and what still keeps the pack from being saved. Save is enabled only when the
 * pack passes every check.
 */
public final class PackEditorView extends BorderPane {

    private final PackEditorViewModel model;
    private final QuestionForm form;

    /**
     * @param model  the editor's state
     * @param onBack what "← Packs" does
     */
    public PackEditorView(PackEditorViewModel model, Runnable onBack) {
        this.model = model;
        this.form = new QuestionForm(model.frameworkIds());
        setId("pack-editor");
        setPadding(new Insets(16));
        Button back = new Button("\u2190 Packs");
        back.setId("editor-back");
        back.getStyleClass().add(Styles.FLAT);
        back.setOnAction(e -> onBack.run());
        Label heading = new Label(model.editing() ? "Edit your pack" : "New pack");
        heading.getStyleClass().add(Styles.TITLE_3);
        setTop(new VBox(4, back, heading));
        SplitPane split = new SplitPane(packForm(), questionList(), scroll(form));
        split.setDividerPositions(0.3, 0.52);
        BorderPane.setMargin(split, new Insets(12, 0, 12, 0));
        setCenter(split);
        setBottom(footer());
        model.selectedProperty().addListener((obs, old, now) -> form.show(now));
        form.show(model.selectedProperty().get());
    }

    private Region packForm() {
        GridPane grid = grid();
        int row = 0;
        grid.addRow(row++, new Label("Title"), text("editor-title", model.titleProperty(), "e.g. Caching rounds"));
        TextField id = text("editor-id", model.packIdProperty(), "e.g. yourname.caching");
        id.setDisable(model.editing());
        grid.addRow(row++, new Label("Pack id"), id);
        grid.addRow(row++, new Label("Version"), text("editor-version", model.versionProperty(), "1.0.0"));
        grid.addRow(row++, new Label("Authors"), text("editor-author", model.authorProperty(), "Names, separated by commas"));
        grid.addRow(row++, new Label("License"), text("editor-license", model.licenseProperty(), "An SPDX id, e.g. CC-BY-4.0"));
        TextArea description = area("editor-description", model.descriptionProperty(), 4);
        grid.addRow(row, new Label("Description"), description);
        return scroll(grid);
    }

    private Region questionList() {
        ListView<QuestionDraft> list = new ListView<>(model.questions());
        list.setId("editor-questions");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(QuestionDraft item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> list.getSelectionModel().select(now));
        list.getSelectionModel().select(model.selectedProperty().get());
        Button add = new Button("Add question");
        add.setId("editor-add-question");
        add.setOnAction(e -> model.addQuestion());
        Button remove = new Button("Remove");
        remove.setId("editor-remove-question");
        remove.disableProperty().bind(javafx.beans.binding.Bindings.size(model.questions()).lessThan(2));
        remove.setOnAction(e -> model.removeSelected());
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, new Label("Questions"), list, new HBox(8, add, remove));
        box.setPadding(new Insets(0, 12, 0, 12));
        return box;
    }

    private VBox footer() {
        ListView<String> problems = new ListView<>(model.problems());
        problems.setId("editor-problems");
        problems.setPrefHeight(96);
        problems.setPlaceholder(new Label("The pack passes every check."));
        Label status = new Label();
        status.setId("editor-status");
        status.textProperty().bind(model.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button save = new Button("Save pack");
        save.setId("editor-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.disableProperty().bind(model.validProperty().not());
        save.setOnAction(e -> model.save());
        HBox actions = new HBox(8, status, spacer, save);
        actions.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, new Label("Checks"), problems, actions);
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(0, 12, 0, 0));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    static TextField text(String id, Property<String> value, String prompt) {
        TextField field = new TextField();
        bind(field, id, value, prompt);
        return field;
    }

    static TextArea area(String id, Property<String> value, int rows) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        bind(area, id, value, null);
        return area;
    }

    private static void bind(TextInputControl field, String id, Property<String> value, String prompt) {
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
    }

    static ScrollPane scroll(Region content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        return pane;
    }

    static ComboBox<Level> levels() {
        ComboBox<Level> box = new ComboBox<>();
        box.getItems().setAll(Level.values());
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Level level) {
                return level == null ? "" : level.label();
            }

            @Override
            public Level fromString(String text) {
                return null;
            }
        });
        return box;
    }
}
