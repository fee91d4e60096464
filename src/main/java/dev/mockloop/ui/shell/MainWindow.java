package dev.mockloop.ui.shell;

import dev.mockloop.framework.BuiltInFrameworks;
import dev.mockloop.pack.Framework;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.session.RoundDraft;
import dev.mockloop.ui.recovery.RecoveryView;
import java.util.Optional;
import javafx.scene.control.Alert;
import dev.mockloop.settings.Settings;
import dev.mockloop.ui.backups.BackupsView;
import dev.mockloop.ui.backups.BackupsViewModel;
import dev.mockloop.pack.InstalledPack;
import dev.mockloop.ui.authoring.PackEditorView;
import dev.mockloop.ui.authoring.PackEditorViewModel;
import dev.mockloop.ui.common.Navigator;
import dev.mockloop.ui.common.SettingsModel;
import dev.mockloop.ui.frameworks.FrameworksView;
import dev.mockloop.ui.frameworks.FrameworksViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import dev.mockloop.ui.compare.CompareView;
import dev.mockloop.ui.history.AttemptPage;
import dev.mockloop.ui.history.HistoryExports;
import dev.mockloop.ui.progress.ProgressView;
import dev.mockloop.ui.progress.ProgressViewModel;
import dev.mockloop.ui.history.HistoryView;
import dev.mockloop.ui.history.HistoryViewModel;
import dev.mockloop.ui.home.HomeView;
import dev.mockloop.ui.home.HomeViewModel;
import dev.mockloop.ui.packmanager.PackManagerActions;
import dev.mockloop.ui.packmanager.PackManagerView;
import dev.mockloop.ui.packmanager.PackManagerViewModel;
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
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
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
    private final SettingsModel settings;
    private final ObservableList<Framework> userFrameworks;
    private final ToggleButton practiceTab = new ToggleButton("Practice");
    private final ToggleButton historyTab = new ToggleButton("History");
    private final ToggleButton frameworksTab = new ToggleButton("Frameworks");
    private final ToggleButton packsTab = new ToggleButton("Packs");
    private final ToggleButton progressTab = new ToggleButton("Progress");
    private HistoryViewModel historyModel;
    private final PackImport packImport;

    /**
     * @param initialLibrary the packs installed at start
     * @param startSettings  the settings read at start
     * @param ownFrameworks  the user's frameworks read at start
     * @param draft          the round that was in progress when the app last stopped, if any
     */
    public MainWindow(ShellServices services, PackLibrary initialLibrary, Settings startSettings,
                      List<Framework> ownFrameworks, Optional<RoundDraft> draft) {
        this.services = services;
        this.library = new SimpleObjectProperty<>(initialLibrary);
        this.settings = new SettingsModel(startSettings, services.settings(), services.tasks());
        this.userFrameworks = FXCollections.observableArrayList(ownFrameworks);
        this.homeModel = new HomeViewModel(initialLibrary, userFrameworks, services.random());
        library.addListener((obs, old, now) -> homeModel.setLibrary(now));
        // Imported packs' tags and levels, for the history's filters.
        library.addListener((obs, old, now) -> services.tasks().run(() -> {
            services.review().catalog().record(now);
            return now;
        }, recorded -> { }, failure -> { }));
        this.packImport = new PackImport(services.packs(), library::get, this::libraryChanged, services.tasks(),
                services.slowTasks(), services.packChooser(), services.files());
        getStyleClass().add("main-window");
        setTop(topBar());
        acceptDroppedPacks();
        draft.ifPresentOrElse(this::recover, this::home);
    }

    /** Offers to resume, keep or discard the round that was in progress when the app stopped. */
    private void recover(RoundDraft draft) {
        roundInProgress.set(true);
        Optional<LibraryQuestion> question = library.get().question(draft.packId(), draft.questionId());
        setCenter(new RecoveryView(draft, question.isPresent(), new RoundRecovery(draft, question, services, this),
                services.clock().getZone()));
    }

    void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(null);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.show();
    }

    private PackManagerViewModel packManager;

    private void libraryChanged(PackLibrary now) {
        library.set(now);
        if (packManager != null) {
            packManager.load();
        }
    }

    /** A pack file, folder or URL dropped anywhere on the window is imported, except during a round. */
    private void acceptDroppedPacks() {
        setOnDragOver(e -> {
            Dragboard board = e.getDragboard();
            if (!roundInProgress.get() && (board.hasFiles() || board.hasUrl()) && e.getGestureSource() == null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(this::dropped);
    }

    private void dropped(DragEvent e) {
        Dragboard board = e.getDragboard();
        javafx.stage.Window owner = getScene() == null ? null : getScene().getWindow();
        java.util.List<java.nio.file.Path> files = board.hasFiles()
                ? board.getFiles().stream().map(java.io.File::toPath).toList() : java.util.List.of();
        e.setDropCompleted(packImport.importDropped(files, board.hasUrl() ? board.getUrl() : null, owner));
        e.consume();
    }

    private HBox topBar() {
        Label brand = new Label("Mockloop");
        brand.getStyleClass().addAll("brand", "title-4");
        ToggleGroup tabs = new ToggleGroup();
        practiceTab.setId("nav-practice");
        historyTab.setId("nav-history");
        frameworksTab.setId("nav-frameworks");
        packsTab.setId("nav-packs");
        progressTab.setId("nav-progress");
        progressTab.setToggleGroup(tabs);
        progressTab.setOnAction(e -> progress());
        practiceTab.setToggleGroup(tabs);
        historyTab.setToggleGroup(tabs);
        frameworksTab.setToggleGroup(tabs);
        packsTab.setToggleGroup(tabs);
        practiceTab.setOnAction(e -> home());
        historyTab.setOnAction(e -> history());
        frameworksTab.setOnAction(e -> frameworks());
        packsTab.setOnAction(e -> packs());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button backups = new Button("Backups");
        backups.setId("nav-backups");
        backups.setTooltip(new Tooltip("Backups, restore, and a check of the database"));
        backups.setOnAction(e -> backups());
        Button importPack = new Button("Import pack…");
        importPack.setId("nav-import");
        importPack.setTooltip(new Tooltip("Add a community question pack (.json, .zip or .csv); or drop one on the window"));
        importPack.setOnAction(e -> packImport.chooseAndImport(getScene() == null ? null : getScene().getWindow()));
        HBox bar = new HBox(8, brand, practiceTab, historyTab, progressTab, frameworksTab, packsTab, spacer, backups,
                importPack);
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
        PackLibrary now = library.get();
        long today = java.time.LocalDate.now(services.clock()).toEpochDay();
        services.tasks().run(() -> services.review().advisor().advise(now, today), homeModel::setAdvice, e -> { });
        setCenter(new HomeView(homeModel, this));
    }

    @Override
    public void practise(LibraryQuestion question, Framework framework) {
        roundInProgress.set(true);
        showSession(services.rounds().begin(question, framework));
    }

    void showSession(ActiveRound round) {
        roundInProgress.set(true);
        setCenter(new SessionView(new SessionViewModel(round, this, settings, services.cuePlayer(), services.ticker())));
    }

    @Override
    public void frameworks() {
        roundInProgress.set(false);
        frameworksTab.setSelected(true);
        List<Framework> templates = new ArrayList<>(BuiltInFrameworks.ALL);
        library.get().packs().forEach(p -> p.pack().frameworks().stream()
                .filter(f -> templates.stream().noneMatch(t -> t.id().equals(f.id()) && t.title().equals(f.title())))
                .forEach(templates::add));
        setCenter(new FrameworksView(new FrameworksViewModel(userFrameworks, templates, services.frameworks(),
                services.tasks())));
    }

    @Override
    public void score(ActiveRound round) {
        roundInProgress.set(true);
        ScoringViewModel model = new ScoringViewModel(round, this,
                () -> SketchImages.toPng(round.round().sketch(), SKETCH_PNG_PADDING_PX));
        setCenter(new ScoringView(model));
    }

    /** Shows the backups screen. */
    public void backups() {
        roundInProgress.set(false);
        practiceTab.getToggleGroup().selectToggle(null);
        setCenter(new BackupsView(new BackupsViewModel(services.backups(), services.tasks(), services.restore()),
                services.clock().getZone()));
    }

    @Override
    public void history() {
        roundInProgress.set(false);
        historyTab.setSelected(true);
        HistoryViewModel model = historyModel();
        setCenter(new HistoryView(model, this, services.clock().getZone(), new HistoryExports(services.review(),
                services.tasks(), services.files(), services.restore(), services.clock().getZone())));
        model.load();
    }

    /** One history state for the window's life, so filters and order survive opening an attempt. */
    private HistoryViewModel historyModel() {
        if (historyModel == null) {
            historyModel = new HistoryViewModel(services.review(), services.attempts(), services.phaseStats(),
                    services.tasks(), library::get);
        }
        return historyModel;
    }

    @Override
    public void attempt(long attemptId) {
        roundInProgress.set(false);
        historyTab.setSelected(true);
        AttemptPage.Context context = new AttemptPage.Context(historyModel(), services.review(), services.tasks(),
                library.get(), services.files(), this, services.clock().getZone());
        historyModel().open(attemptId, attempt -> setCenter(new AttemptPage(attempt, context)));
    }

    @Override
    public void compare(long leftAttemptId, long rightAttemptId) {
        roundInProgress.set(false);
        historyTab.setSelected(true);
        historyModel().openPair(leftAttemptId, rightAttemptId,
                (left, right) -> setCenter(new CompareView(left, right, services.clock().getZone(), this::history)));
    }

    @Override
    public void progress() {
        roundInProgress.set(false);
        progressTab.setSelected(true);
        ProgressViewModel model = new ProgressViewModel(services.review(), services.tasks(), services.clock());
        setCenter(new ProgressView(model));
        model.load();
    }

    /** Shows the pack manager. */
    public void packs() {
        roundInProgress.set(false);
        packsTab.setSelected(true);
        packManager = new PackManagerViewModel(services.packs(), services.attempts(), services.tasks(), library::get,
                this::libraryChanged);
        PackManagerActions actions = new PackManagerActions(packImport::chooseAndImport,
                packImport::chooseFolderAndImport, packImport::askUrlAndImport, () -> editor(null), this::editor,
                services.openFolder(), services.packChooser()::chooseExportFile);
        setCenter(new PackManagerView(packManager, actions));
        packManager.load();
    }

    /** Opens the pack editor on a pack of your own, or on a new pack when {@code pack} is null. */
    public void editor(InstalledPack pack) {
        roundInProgress.set(false);
        packsTab.setSelected(true);
        PackEditorViewModel model = new PackEditorViewModel(services.packs(), services.tasks(), library::get,
                this::libraryChanged, pack);
        setCenter(new PackEditorView(model, this::packs));
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
