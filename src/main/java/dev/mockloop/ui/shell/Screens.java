package dev.mockloop.ui.shell;

import dev.mockloop.framework.BuiltInFrameworks;
import dev.mockloop.pack.Framework;
import dev.mockloop.pack.InstalledPack;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.review.DimensionTags;
import dev.mockloop.review.SurprisePicker;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.session.RoundDraft;
import dev.mockloop.session.CueKind;
import dev.mockloop.settings.AppSettings;
import dev.mockloop.settings.Settings;
import dev.mockloop.ui.authoring.PackEditorView;
import dev.mockloop.ui.authoring.PackEditorViewModel;
import dev.mockloop.ui.backups.BackupsView;
import dev.mockloop.ui.backups.BackupsViewModel;
import dev.mockloop.ui.coach.CoverageViewModel;
import dev.mockloop.ui.common.Navigator;
import dev.mockloop.ui.common.SettingsModel;
import dev.mockloop.ui.compare.CompareView;
import dev.mockloop.ui.frameworks.FrameworksView;
import dev.mockloop.ui.frameworks.FrameworksViewModel;
import dev.mockloop.ui.history.AttemptExtras;
import dev.mockloop.ui.history.AttemptPage;
import dev.mockloop.ui.history.AttemptPageModel;
import dev.mockloop.ui.history.HistoryExports;
import dev.mockloop.ui.voice.RecordingsQuestion;
import dev.mockloop.ui.history.HistoryView;
import dev.mockloop.ui.history.HistoryViewModel;
import dev.mockloop.ui.home.HomeView;
import dev.mockloop.ui.home.HomeViewModel;
import dev.mockloop.ui.packmanager.PackManagerActions;
import dev.mockloop.ui.packmanager.PackManagerView;
import dev.mockloop.ui.packmanager.PackManagerViewModel;
import dev.mockloop.ui.packs.PackImport;
import dev.mockloop.ui.progress.ProgressView;
import dev.mockloop.ui.progress.ProgressViewModel;
import dev.mockloop.ui.recovery.RecoveryView;
import dev.mockloop.ui.scoring.ScoringView;
import dev.mockloop.ui.scoring.ScoringViewModel;
import dev.mockloop.ui.session.RoundLayoutModel;
import dev.mockloop.ui.session.SessionView;
import dev.mockloop.ui.session.SessionViewModel;
import dev.mockloop.ui.settings.CoreSections;
import dev.mockloop.ui.settings.SettingsSection;
import dev.mockloop.ui.settings.SettingsView;
import dev.mockloop.ui.settings.SettingsViewModel;
import dev.mockloop.ui.sketch.SketchImages;
import dev.mockloop.ui.voice.VoiceNodes;
import dev.mockloop.ui.welcome.WelcomeView;
import dev.mockloop.ui.welcome.WelcomeViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * Builds each screen with its view model and puts it in the window: the app's
 * {@link Navigator}. It holds what outlives one screen (the installed packs, the home and
 * history state, the settings), so filters and choices survive moving between screens.
 */
public final class Screens implements Navigator {

    /** Where a built screen goes. */
    interface Display {
        /** Shows the screen and lights its place in the top bar. */
        void show(Node screen, Place place);

        /** Tells the user something went wrong, in a dialog over the window. */
        void showError(String message);
    }

    private static final double SKETCH_PNG_PADDING_PX = 24;

    private final ShellServices services;
    private final Display display;
    private final ObjectProperty<PackLibrary> library;
    private final HomeViewModel homeModel;
    private final SettingsModel settings;
    private final ObservableList<Framework> userFrameworks;
    private final PackImport packImport;
    private final RoundLayoutModel roundLayout;
    private final FeatureNodes features;
    private HistoryViewModel historyModel;
    private PackManagerViewModel packManager;

    /**
     * @param initialLibrary the packs installed at start
     * @param startSettings  the settings read at start
     * @param startPrefs     the settings screen's preferences read at start
     * @param ownFrameworks  the user's frameworks read at start
     */
    Screens(ShellServices services, Display display, PackLibrary initialLibrary, Settings startSettings,
            AppSettings startPrefs, List<Framework> ownFrameworks) {
        this.services = services;
        this.display = display;
        this.library = new SimpleObjectProperty<>(initialLibrary);
        this.settings = new SettingsModel(startSettings, startPrefs, services.settings(), services.tasks());
        this.userFrameworks = FXCollections.observableArrayList(ownFrameworks);
        this.homeModel = new HomeViewModel(initialLibrary, userFrameworks,
                new SurprisePicker(services.clock(), services.random(), DimensionTags.bundled()));
        library.addListener((obs, old, now) -> homeModel.setLibrary(now));
        homeModel.setDefaultFramework(startPrefs.defaultFramework());
        settings.preferencesProperty().addListener((obs, old, now) -> homeModel.setDefaultFramework(now.defaultFramework()));
        // Imported packs' tags and levels, for the history's filters.
        library.addListener((obs, old, now) -> services.tasks().run(() -> {
            services.review().catalog().record(now);
            return now;
        }, recorded -> { }, failure -> { }));
        this.roundLayout = new RoundLayoutModel(services.settings()::values, services.settings()::put,
                services.tasks());
        roundLayout.load();
        this.packImport = new PackImport(services.packs(), library::get, this::libraryChanged, services.tasks(),
                services.slowTasks(), services.packChooser(), services.files());
        this.features = new FeatureNodes(services, () -> settings.get().muted());
    }

    private void libraryChanged(PackLibrary now) {
        library.set(now);
        if (packManager != null) {
            packManager.load();
        }
    }

    /**
     * The first screen when no round waits to be recovered and the attempted questions were
     * read with the data: the welcome when none was attempted and it was not dismissed, else
     * the home screen. The attempted questions are marked before the home screen is first
     * drawn, so that its own query, returning the same keys, does not redraw it.
     *
     * @param attempted {@code packId/questionId} of the attempted questions
     */
    void first(Set<String> attempted) {
        homeModel.setAttempted(attempted);
        if (attempted.isEmpty() && !settings.preferencesProperty().get().welcomeDismissed()) {
            welcome();
        } else {
            showHome();
        }
    }

    /** Offers to resume, keep or discard the round that was in progress when the app stopped. */
    void recover(RoundDraft draft) {
        Optional<LibraryQuestion> question = library.get().question(draft.packId(), draft.questionId());
        int dimensions = question.map(q -> q.pack().pack().rubric().dimensions().size()).orElse(0);
        display.show(new RecoveryView(draft, question.isPresent(), dimensions,
                new RoundRecovery(draft, question, services, this), services.clock().getZone()), Place.ROUND);
    }

    void showError(String message) {
        display.showError(message);
    }

    @Override
    public void home() {
        showHome();
    }

    private void showHome() {
        homeModel.load(services.review(), services.tasks(), java.time.LocalDate.now(services.clock()).toEpochDay());
        display.show(new HomeView(homeModel, this), Place.PRACTICE);
    }

    @Override
    public void practise(LibraryQuestion question, Framework framework) {
        showSession(services.rounds().begin(question, framework));
    }

    /** Shows the round screen on a round begun or resumed. */
    void showSession(ActiveRound round) {
        SessionView view = new SessionView(new SessionViewModel(round, this, settings, services.cuePlayer(),
                services.ticker()), roundLayout);
        view.extraActions().getChildren().add(features.interview().inviteButton(round));
        view.addStatusLine(VoiceNodes.roundStatus(features.recordingStatus()));
        display.show(view, Place.ROUND);
    }

    @Override
    public void frameworks() {
        List<Framework> templates = new ArrayList<>(BuiltInFrameworks.ALL);
        library.get().packs().forEach(p -> p.pack().frameworks().stream()
                .filter(f -> templates.stream().noneMatch(t -> t.id().equals(f.id()) && t.title().equals(f.title())))
                .forEach(templates::add));
        display.show(new FrameworksView(new FrameworksViewModel(userFrameworks, templates, services.frameworks(),
                services.tasks())), Place.FRAMEWORKS);
    }

    @Override
    public void score(ActiveRound round) {
        var question = round.round().question();
        display.show(new ScoringView(new ScoringViewModel(round, this,
                () -> SketchImages.toPng(round.round().sketch(), SKETCH_PNG_PADDING_PX),
                features.coverage(question.pack().pack().rubric(), question.question().level()))), Place.ROUND);
    }

    /** Shows the backups screen. */
    public void backups() {
        display.show(new BackupsView(new BackupsViewModel(services.backups(), services.tasks(), services.restore(),
                features.voiceService()),
                services.clock().getZone()), Place.ELSEWHERE);
    }

    @Override
    public void history() {
        HistoryViewModel model = historyModel();
        display.show(new HistoryView(model, this, services.clock().getZone(), new HistoryExports(services.review(),
                services.tasks(), services.files(), services.restore(), services.clock().getZone(),
                features.voiceService().exports(), RecordingsQuestion.dialog())), Place.HISTORY);
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
        historyModel().open(attemptId, attempt -> {
            PackLibrary now = library.get();
            var pack = now.pack(attempt.packId()).map(p -> p.pack());
            var level = now.question(attempt.packId(), attempt.questionId()).map(q -> q.question().level()).orElse(null);
            CoverageViewModel coverage = features.coverage(pack.map(p -> p.rubric()).orElse(new dev.mockloop.pack.Rubric(
                    java.util.List.of())), level);
            VoiceNodes voice = features.voice();
            AttemptExtras extras = new AttemptExtras(sketch -> voice.replay(sketch, attempt),
                    () -> voice.standalone(attempt), () -> voice.figures(attempt),
                    () -> features.interview().attemptSection(attempt, now));
            display.show(new AttemptPage(new AttemptPageModel(attempt, services.review(), now, services.tasks(),
                    historyModel(), this, services.clock().getZone(), coverage, features.voiceService().exports()),
                    services.files(), extras, RecordingsQuestion.dialog()),
                    Place.HISTORY);
        });
    }

    @Override
    public void compare(long leftAttemptId, long rightAttemptId) {
        historyModel().openPair(leftAttemptId, rightAttemptId, (left, right) -> display.show(
                new CompareView(left, right, services.clock().getZone(), this::history, features.voice()::standalone), Place.HISTORY));
    }

    @Override
    public void progress() {
        ProgressViewModel model = new ProgressViewModel(services.review(), services.tasks(), services.clock(), library::get);
        ProgressView view = new ProgressView(model);
        view.addSection("How you talked, over time", features.voice().progress(services.clock().getZone()));
        view.addSection(null, features.interview().progressSection(services.clock().getZone()));
        display.show(view, Place.PROGRESS);
        model.load();
    }

    /** Shows the pack manager. */
    public void packs() {
        packManager = new PackManagerViewModel(services.packs(), services.attempts(), services.tasks(), library::get,
                this::libraryChanged);
        PackManagerActions actions = new PackManagerActions(packImport::chooseAndImport,
                packImport::chooseFolderAndImport, packImport::askUrlAndImport, () -> editor(null), this::editor,
                services.openFolder(), services.packChooser()::chooseExportFile);
        display.show(new PackManagerView(packManager, actions), Place.PACKS);
        packManager.load();
    }

    /** Opens the pack editor on a pack of your own, or on a new pack when {@code pack} is null. */
    public void editor(InstalledPack pack) {
        PackEditorViewModel model = new PackEditorViewModel(services.packs(), services.tasks(), library::get,
                this::libraryChanged, pack);
        display.show(new PackEditorView(model, this::packs), Place.PACKS);
    }

    /** Shows the first-run welcome: what a round is, a first round to try, where the data lives. */
    public void welcome() {
        display.show(new WelcomeView(new WelcomeViewModel(library.get(), dataFolder(),
                () -> settings.updatePreferences(p -> p.withWelcomeDismissed(true)), this::practise, this::home,
                services.openFolder())), Place.PRACTICE);
    }

    /**
     * Shows the settings screen: its own sections, then each feature's.
     */
    public void settings() {
        SettingsViewModel model = new SettingsViewModel(settings, userFrameworks, dataFolder(), services.openFolder(),
                () -> services.cuePlayer().play(CueKind.PHASE_CHANGED));
        List<SettingsSection> sections = new ArrayList<>(CoreSections.of(model, this::backups));
        // Each feature adds its section here, one line each.
        sections.add(SettingsSection.of("Coach", features.coachSection()));
        sections.add(SettingsSection.of("Microphone and voice", features.voice().microphoneSection()));
        display.show(new SettingsView(sections), Place.ELSEWHERE);
    }

    /** @return the settings every screen shares, including the settings screen's preferences */
    public SettingsModel settingsModel() {
        return settings;
    }

    /** @return the data folder: the database file's folder */
    private java.nio.file.Path dataFolder() {
        return services.backups().databaseFile().toAbsolutePath().getParent();
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
