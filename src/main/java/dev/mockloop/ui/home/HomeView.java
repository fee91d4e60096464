package dev.mockloop.ui.home;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.mockloop.pack.Framework;
import dev.mockloop.pack.InstalledPack;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.Level;
import dev.mockloop.ui.common.Choices;
import dev.mockloop.ui.common.Navigator;
import dev.mockloop.ui.common.TimeText;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** The home screen: the questions of every installed pack, filters, Start and Surprise me. */
public final class HomeView extends BorderPane {

    private final HomeViewModel model;
    private final Navigator navigator;

    public HomeView(HomeViewModel model, Navigator navigator) {
        this.model = model;
        this.navigator = navigator;
        getStyleClass().add("home");
        setPadding(new Insets(16));
        setTop(new VBox(10, new PracticeNextPane(model), filters()));
        SplitPane split = new SplitPane(table(), new QuestionDetail(model.startableProperty(), model.frameworkProperty()));
        split.setDividerPositions(0.62);
        BorderPane.setMargin(split, new Insets(12, 0, 12, 0));
        setCenter(split);
        setBottom(actions());
    }

    private HBox filters() {
        CustomTextField search = new CustomTextField();
        search.setId("home-search");
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        Button clearSearch = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        clearSearch.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        clearSearch.setAccessibleText("Clear the search");
        clearSearch.visibleProperty().bind(search.textProperty().isNotEmpty());
        clearSearch.setOnAction(e -> search.clear());
        search.setRight(clearSearch);
        search.setPromptText("Search titles, prompts and tags");
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        ComboBox<InstalledPack> pack = Choices.filter("home-pack-filter", "All packs", model.packs(),
                p -> p.pack().title());
        pack.valueProperty().bindBidirectional(model.packFilterProperty());

        ComboBox<String> tag = Choices.filter("home-tag-filter", "All tags", model.tags(), t -> t);
        tag.valueProperty().bindBidirectional(model.tagFilterProperty());

        ComboBox<Level> level = Choices.filter("home-level-filter", "All levels",
                javafx.collections.FXCollections.observableArrayList(Level.values()), Level::label);
        level.valueProperty().bindBidirectional(model.levelFilterProperty());

        Button clear = new Button("Clear filters");
        clear.setOnAction(e -> model.clearFilters());

        // Fixed widths: sizing a combo box to its longest item builds a cell for every item,
        // a tenth of the home screen's first frame (BENCHMARKS.md, startup.home).
        pack.setPrefWidth(320);
        tag.setPrefWidth(160);
        level.setPrefWidth(120);
        HBox bar = new HBox(8, search, pack, tag, level, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private TableView<LibraryQuestion> table() {
        TableView<LibraryQuestion> table = new TableView<>(model.visibleQuestions());
        table.setId("home-questions");
        table.setPlaceholder(new Label("No question matches these filters."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(30);

        TableColumn<LibraryQuestion, String> title = column("Question", q -> q.question().title());
        title.setPrefWidth(300);
        TableColumn<LibraryQuestion, String> pack = column("Pack", q -> q.pack().pack().title());
        pack.setPrefWidth(170);
        TableColumn<LibraryQuestion, String> level = column("Level", q -> q.question().level().label());
        level.setPrefWidth(70);
        // "Senior" and "Staff" stay readable at 1024 px, where the other columns give way.
        level.setMinWidth(64);
        TableColumn<LibraryQuestion, String> tags = column("Tags", q -> String.join(" ", q.question().tags()));
        TableColumn<LibraryQuestion, String> done = column("Done", q -> model.wasAttempted(q.key()) ? "✓" : "");
        done.setMinWidth(60);
        done.setMaxWidth(70);
        table.getColumns().setAll(title, pack, level, done, tags);
        model.attemptedProperty().addListener((obs, old, now) -> table.refresh());

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        table.setRowFactory(t -> {
            TableRow<LibraryQuestion> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.selectedProperty().set(row.getItem());
                    navigator.practise(row.getItem(), model.frameworkProperty().get());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && model.canStart().get()) {
                navigator.practise(model.startableProperty().get(), model.frameworkProperty().get());
            }
        });
        // A screen built again (coming back home) shows the pick the model kept.
        if (model.startableProperty().get() != null) {
            table.getSelectionModel().select(model.startableProperty().get());
            javafx.application.Platform.runLater(() -> table.scrollTo(model.startableProperty().get()));
        }
        return table;
    }

    private HBox actions() {
        Label count = new Label();
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> model.visibleQuestions().size() + " of " + model.totalQuestions() + " questions",
                model.visibleQuestions()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button surprise = new Button("Surprise me");
        surprise.setId("home-surprise");
        surprise.setOnAction(e -> model.surpriseMe());

        Button start = new Button("Start round");
        start.setId("home-start");
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        start.disableProperty().bind(model.canStart().not());
        start.setOnAction(e -> {
            if (model.canStart().get()) {
                navigator.practise(model.startableProperty().get(), model.frameworkProperty().get());
            }
        });

        ComboBox<Framework> framework = new ComboBox<>(model.frameworkChoices());
        framework.setId("home-framework");
        framework.setTooltip(new javafx.scene.control.Tooltip("The framework this round runs on; the question's own is chosen"));
        framework.setConverter(Choices.showing(f -> f.title() + " (" + TimeText.duration(f.plannedMillis()) + ")"));
        framework.valueProperty().bindBidirectional(model.frameworkProperty());
        framework.disableProperty().bind(model.canStart().not());
        framework.setPrefWidth(300);
        framework.setPromptText("Framework");
        Button manage = new Button("Frameworks…");
        manage.setId("home-frameworks");
        manage.setTooltip(new javafx.scene.control.Tooltip("Create and edit your own frameworks"));
        manage.setOnAction(e -> navigator.frameworks());

        HBox bar = new HBox(8, count, spacer, manage, framework, surprise, start);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static TableColumn<LibraryQuestion, String> column(String name,
            java.util.function.Function<LibraryQuestion, String> value) {
        TableColumn<LibraryQuestion, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    /** Summary of a framework's phases, e.g. "Requirements 5 · Estimates 5 · …" (minutes). */
    static String phaseSummary(Framework framework) {
        return framework.title() + " — " + TimeText.duration(framework.plannedMillis()) + "\n"
                + String.join(" · ", framework.phases().stream()
                .map(p -> p.title() + " " + TimeText.duration(p.plannedMillis())).toList());
    }

    private static final class QuestionDetail extends VBox {
        private final Label title = new Label();
        private final Label meta = wrapped("text-muted");
        private final Label framework = wrapped(null);
        private final Label pack = wrapped("text-muted");
        private final Label hint = wrapped("text-muted");

        QuestionDetail(javafx.beans.value.ObservableValue<LibraryQuestion> shown,
                       javafx.beans.value.ObservableValue<Framework> chosen) {
            super(8);
            setId("home-detail");
            setPadding(new Insets(12));
            setMinWidth(240);
            title.setId("home-detail-title");
            title.getStyleClass().add("title-4");
            title.setWrapText(true);
            hint.setId("home-detail-hint");
            getChildren().addAll(title, meta, framework, pack, hint);
            chosen.addListener((obs, old, f) -> show(shown.getValue(), f));
            shown.addListener((obs, old, q) -> show(q, chosen.getValue()));
            show(shown.getValue(), chosen.getValue());
        }

        /** Describes the question, or asks for one when none is selected and listed. */
        private void show(LibraryQuestion q, Framework chosen) {
            Framework runsOn = chosen != null ? chosen : q == null ? null : q.framework();
            if (q == null) {
                title.setText("Pick a question, or let Mockloop surprise you.");
                for (Label label : new Label[] {meta, framework, pack}) {
                    label.setText("");
                }
                hint.setText("");
                return;
            }
            title.setText(q.question().title());
            meta.setText(q.question().level().label() + " · " + String.join(", ", q.question().tags()));
            framework.setText(phaseSummary(runsOn));
            pack.setText(q.pack().pack().title() + " " + q.pack().pack().version() + ": "
                    + q.pack().pack().description());
            hint.setText(HomeViewModel.promptHint(runsOn));
        }

        private static Label wrapped(String style) {
            Label label = new Label();
            label.setWrapText(true);
            if (style != null) {
                label.getStyleClass().add(style);
            }
            return label;
        }
    }
}
