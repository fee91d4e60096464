package dev.mockloop.ui.shell;

import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.session.Round;
import dev.mockloop.ui.common.Navigator;
import dev.mockloop.ui.history.AttemptView;
import dev.mockloop.ui.history.HistoryView;
import dev.mockloop.ui.history.HistoryViewModel;
import dev.mockloop.ui.home.HomeView;
import dev.mockloop.ui.home.HomeViewModel;
import dev.mockloop.ui.packs.PackImport;
import dev.mockloop.ui.scoring.ScoringView;
import dev.mockloop.ui.scoring.ScoringViewModel;
import dev.mockloop.ui.session.SessionView;
import dev.mockloop.ui.session.SessionViewModel;
import dev.mockloop.ui.sketch.SketchImages;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The window's content: a top bar (Practice, History, Import pack…) over the current
 * screen. It is the {@link Navigator}: it builds each screen with its view model. While a
 * round is in progress or awaiting its score, the bar is locked so no click loses it.
 */
public final class MainWindow extends BorderPane implements Navigator {

    private static final double SKETCH_PNG_PADDING_PX = 24;

    private final ShellServices services;
    private final ObjectProperty<PackLibrary> library;
    private final BooleanProperty roundInProgress = new SimpleBooleanProperty();
    private final HomeViewModel homeModel;
    private final ToggleButton practiceTab = new ToggleButton("Practice");
    private final ToggleButton historyTab = new ToggleButton("History");
    private final PackImport packImport;

    public MainWindow(ShellServices services, PackLibrary initialLibrary) {
        this.services = services;
        this.library = new SimpleObjectProperty<>(initialLibrary);
        this.homeModel = new HomeViewModel(initialLibrary, services.random());
        library.addListener((obs, old, now) -> homeModel.setLibrary(now));
        this.packImport = new PackImport(services.packStore(), library::get,
                pack -> library.set(library.get().with(pack)), services.tasks(), services.packChooser());
        getStyleClass().add("main-window");
        setTop(topBar());
        home();
    }

    private HBox topBar() {
        Label brand = new Label("Mockloop");
        brand.getStyleClass().addAll("brand", "title-4");
        ToggleGroup tabs = new ToggleGroup();
        practiceTab.setId("nav-practice");
        historyTab.setId("nav-history");
        practiceTab.setToggleGroup(tabs);
        historyTab.setToggleGroup(tabs);
        practiceTab.setOnAction(e -> home());
        historyTab.setOnAction(e -> history());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button importPack = new Button("Import pack…");
        importPack.setId("nav-import");
        importPack.setTooltip(new Tooltip("Add a community question pack (.json)"));
        importPack.setOnAction(e -> packImport.chooseAndImport(getScene() == null ? null : getScene().getWindow()));
        HBox bar = new HBox(8, brand, practiceTab, historyTab, spacer, importPack);
        bar.disableProperty().bind(roundInProgress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 16, 8, 16));
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    @Override
    public void home() {
        roundInProgress.set(false);
        practiceTab.setSelected(true);
        services.tasks().run(services.attempts()::attemptedQuestionKeys, homeModel::setAttempted, e -> { });
        setCenter(new HomeView(homeModel, this));
    }

    @Override
    public void practise(LibraryQuestion question) {
        roundInProgress.set(true);
        Round round = new Round(question, question.framework(), services.ticker(), services.clock());
        setCenter(new SessionView(new SessionViewModel(round, this)));
    }

    @Override
    public void score(Round round) {
        roundInProgress.set(true);
        ScoringViewModel model = new ScoringViewModel(round, services.attempts(), services.tasks(), this,
                () -> SketchImages.toPng(round.sketch(), SKETCH_PNG_PADDING_PX));
        setCenter(new ScoringView(model));
    }

    @Override
    public void history() {
        roundInProgress.set(false);
        historyTab.setSelected(true);
        HistoryViewModel model = new HistoryViewModel(services.attempts(), services.tasks(), library.get());
        setCenter(new HistoryView(model, this, services.clock().getZone()));
        model.load();
    }

    @Override
    public void attempt(long attemptId) {
        roundInProgress.set(false);
        historyTab.setSelected(true);
        HistoryViewModel model = new HistoryViewModel(services.attempts(), services.tasks(), library.get());
        model.open(attemptId, attempt -> setCenter(new AttemptView(attempt, this::history, services.clock().getZone())));
    }

    /**
     * Marks questions as attempted on the home screen before it is first drawn, so that the
     * home screen's own query, returning the same keys, does not redraw it.
     *
     * @param keys {@code packId/questionId} of the attempted questions
     */
    public void showAttempted(Set<String> keys) {
        homeModel.setAttempted(keys);
    }

    /** @return true while a round is running or waiting to be scored */
    public ReadOnlyBooleanProperty roundInProgressProperty() {
        return roundInProgress;
    }

    /** @return the installed packs, updated after each import */
    public PackLibrary library() {
        return library.get();
    }

    /** Imports a pack file as "Import pack…" does after its file dialog. */
    public PackImport packImport() {
        return packImport;
    }
}
