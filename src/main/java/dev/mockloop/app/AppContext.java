package dev.mockloop.app;

import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.coach.CoachService;
import dev.mockloop.attempt.PhaseStatsRepository;
import dev.mockloop.framework.FrameworkRepository;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.Framework;
import dev.mockloop.pack.InstalledPack;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackProblem;
import dev.mockloop.pack.PackReader;
import dev.mockloop.pack.PackStore;
import dev.mockloop.pack.install.PackStateRepository;
import dev.mockloop.pack.install.Packs;
import dev.mockloop.review.ReviewStore;
import dev.mockloop.session.DraftRepository;
import dev.mockloop.session.RoundDraft;
import dev.mockloop.session.RoundService;
import dev.mockloop.session.Ticker;
import dev.mockloop.settings.AppSettings;
import dev.mockloop.settings.Settings;
import dev.mockloop.settings.SettingsRepository;
import dev.mockloop.settings.SystemTheme;
import dev.mockloop.settings.ThemeChoice;
import dev.mockloop.storage.BackupCompanion;
import dev.mockloop.storage.BackupService;
import dev.mockloop.storage.Backups;
import dev.mockloop.storage.DataDirectory;
import dev.mockloop.storage.Database;
import dev.mockloop.voice.RecordingFolder;
import dev.mockloop.voice.VoiceService;
import dev.mockloop.storage.StorageException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * The composition root: opens the data directory, the database and the packs once, makes
 * the one wall clock and the one monotonic ticker everything reads, and hands them to the
 * window. Opening does disk I/O, so the app calls {@link #open} off the UI thread.
 */
public final class AppContext implements AutoCloseable {

    private final Path dataDir;
    private final Clock clock;
    private final Ticker ticker;
    private final ExecutorService ownSaveThread;
    private final RoundService rounds;
    private final Database database;
    private final AttemptRepository attempts;
    private final Optional<RoundDraft> draft;
    private final PhaseStatsRepository phaseStats;
    private final FrameworkRepository frameworks;
    private final SettingsRepository settingsRepository;
    private final Settings settings;
    private final java.util.Map<String, String> savedSettings;
    private final AppSettings appSettings;
    private final boolean systemPrefersDark;
    private final List<Framework> userFrameworks;
    private final BackupService backups;
    private final Packs packs;
    private final PackLibrary library;
    private final List<PackProblem> packProblems;
    private final ReviewStore review;
    private final Set<String> attemptedAtOpen;
    private final LaterFeatures features;

    private AppContext(Path dataDir, Clock clock, Ticker ticker, Executor roundThread, Executor roundSaves,
                       Database database, BackupService backups, Packs packs, PackLibrary library,
                       List<PackProblem> packProblems) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.ticker = ticker;
        this.database = database;
        this.attempts = new AttemptRepository(database, clock);
        this.backups = backups;
        DraftRepository drafts = new DraftRepository(database, clock);
        this.ownSaveThread = roundSaves == null ? RoundService.ownSaveThread() : null;
        this.rounds = new RoundService(drafts, attempts, ticker, clock, roundSaves == null ? ownSaveThread : roundSaves,
                roundThread);
        this.draft = rounds.loadDraft();
        this.phaseStats = new PhaseStatsRepository(database);
        this.frameworks = new FrameworkRepository(database, clock);
        this.settingsRepository = new SettingsRepository(database);
        this.settings = settingsRepository.load();
        this.savedSettings = java.util.Map.copyOf(settingsRepository.values());
        this.appSettings = AppSettings.read(savedSettings);
        // Asked here, off the UI thread, so a dark desktop's first frame is already dark.
        this.systemPrefersDark = appSettings.theme() == ThemeChoice.SYSTEM && SystemTheme.prefersDark();
        this.userFrameworks = frameworks.list();
        this.packs = packs;
        this.library = library;
        this.packProblems = List.copyOf(packProblems);
        this.review = new ReviewStore(database, clock);
        // Read here, off the UI thread, so the first home screen shows them: arriving after
        // it, they redrew every row of its table (BENCHMARKS.md, startup.home).
        this.attemptedAtOpen = attempts.attemptedQuestionKeys();
        // The coach, the voice and interviewer mode hear every round, but are made after the
        // first frame (startFeatures), or at the first round's event should that come first.
        this.features = new LaterFeatures(() -> new RoundFeatures(dataDir, database, settingsRepository, clock, ticker,
                roundThread, this::keptRounds));
        rounds.addListener(features.listener());
        // "Back up recordings too" (a constant: the voice's classes stay unloaded here).
        backups.include(new BackupCompanion(RecordingFolder.ROOT, () -> voice().settings().backupRecordings()));
    }

    /**
     * What start-up leaves until the first frame is up: records the installed questions for
     * the history's filters (a write), makes the coach, the voice and interviewer mode (their
     * classes and set-up, about 40 ms), then removes the audio that deleted attempts, abandoned
     * rounds and discarded drafts left (BENCHMARKS.md, start-up). Call once, off the UI thread.
     * Whatever needs the features first makes them, so a round begun before this is heard whole.
     */
    public void afterFirstFrame() {
        if (database.readOnlyReason().isEmpty()) {
            try {
                review.catalog().record(library);
            } catch (StorageException e) {
                // Only the history's filter lists; it is written again at the next start or import.
                System.err.println("Mockloop: the question catalog was not updated: " + e.getMessage());
            }
        }
        features.get().sweep();
    }

    /** The rounds whose audio stays whatever: the autosaved one. */
    private Set<String> keptRounds() {
        return draft.map(RoundDraft::roundId).filter(java.util.Objects::nonNull).map(Set::of).orElse(Set.of());
    }

    /**
     * Opens (creating if needed) the data directory, migrates the database, loads the
     * bundled and imported packs and reads which questions were attempted. An imported pack
     * that no longer loads is skipped and reported in {@link #packProblems()}.
     *
     * @param dataDir the per-user data directory, see {@link DataDirectory#resolve()}
     * @throws dev.mockloop.storage.StorageException if the database cannot be opened, is damaged or is
     *                                               newer than this app
     */
    public static AppContext open(Path dataDir) {
        return open(dataDir, OpenOptions.standard());
    }

    /**
     * {@link #open(Path)} with the time sources and the round's threads given, for tests.
     *
     * @param clock       the wall clock; its zone decides calendar days and how dates are shown
     * @param ticker      monotonic time for round timers
     * @param roundThread where round results are reported: the UI thread in the app
     * @param roundSaves  where rounds are saved, or {@code null} for a thread of their own
     */
    public static AppContext open(Path dataDir, Clock clock, Ticker ticker, Executor roundThread,
                                  Executor roundSaves) {
        PackReader reader = new PackReader();
        return open(dataDir, clock, ticker, roundThread, roundSaves, OpenOptions.standard(), reader,
                readBundled(reader));
    }

    /**
     * As {@link #open(Path)}, with the given downloader and write check (see {@link OpenOptions}).
     * When the data folder cannot be written (a read-only or full disk) a sound database opens
     * read-only: history, attempts and exports work, and {@link #readOnlyReason()} says why
     * nothing else does.
     */
    public static AppContext open(Path dataDir, OpenOptions options) {
        PackReader reader = new PackReader();
        CompletableFuture<List<InstalledPack>> bundled = readBundled(reader);
        // After the packs' reading began: loading the zone's rules takes 50-70 ms at start-up.
        return open(dataDir, Clock.systemDefaultZone(), Ticker.system(), Platform::runLater, null, options, reader,
                bundled);
    }

    /** Reads the bundled packs on a second thread: the data's longest step (0.25 s at start-up), so it starts first. */
    private static CompletableFuture<List<InstalledPack>> readBundled(PackReader reader) {
        return CompletableFuture.supplyAsync(() -> BundledPacks.load(reader));
    }

    private static AppContext open(Path dataDir, Clock clock, Ticker ticker, Executor roundThread,
                                   Executor roundSaves, OpenOptions options, PackReader reader,
                                   CompletableFuture<List<InstalledPack>> bundled) {
        DataDirectory.ensureExists(dataDir);
        Database database = DatabaseOpening.open(dataDir, options);
        BackupService backups = new BackupService(database, new Backups(Backups.folderFor(database.file()), clock));
        PackStore store = new PackStore(DataDirectory.packsDir(dataDir), reader);
        // A pack update or removal is a risky change: the database is backed up first.
        Packs packs = new Packs(reader, store, new PackStateRepository(database, clock), options.download(),
                () -> backups.backupNow("before-pack-update"));
        try {
            List<PackProblem> problems = new ArrayList<>();
            PackLibrary library = packs.load(bundled.join(), problems);
            return new AppContext(dataDir, clock, ticker, roundThread, roundSaves, database, backups, packs, library,
                    problems);
        } catch (CompletionException e) {
            database.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** @return why the data is open read-only (a read-only or full disk), or empty when it can be written */
    public Optional<String> readOnlyReason() {
        return database.readOnlyReason();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** @return the database file */
    public Path databaseFile() {
        return database.file();
    }

    public AttemptRepository attempts() {
        return attempts;
    }

    /** @return interviewer mode: invitations, the interviewer's server, their saved sheets, its settings */
    public dev.mockloop.interview.InterviewKit interview() {
        return features.get().interview();
    }

    /** @return the offline coach, listening to every round */
    public CoachService coach() {
        return features.get().coach();
    }

    public RoundService rounds() {
        return rounds;
    }

    /** @return the wall clock every stamp and calendar day comes from */
    public Clock clock() {
        return clock;
    }

    /** @return the monotonic time every timer reads */
    public Ticker ticker() {
        return ticker;
    }

    /** @return the round that was in progress when the app last stopped, if any */
    public Optional<RoundDraft> draft() {
        return draft;
    }

    public PhaseStatsRepository phaseStats() {
        return phaseStats;
    }

    public FrameworkRepository frameworks() {
        return frameworks;
    }

    public SettingsRepository settingsRepository() {
        return settingsRepository;
    }

    /** @return the settings as read at start */
    public Settings settings() {
        return settings;
    }

    /**
     * @return every saved setting by key as read at start, for values the app needs before
     *         its first frame (the window's place, {@code window.*})
     */
    public java.util.Map<String, String> savedSettings() {
        return savedSettings;
    }

    /** @return the settings screen's preferences as read at start (theme, backups, default framework, welcome) */
    public AppSettings appSettings() {
        return appSettings;
    }

    /** @return whether the desktop preferred dark at start; only asked when the theme follows the system */
    public boolean systemPrefersDark() {
        return systemPrefersDark;
    }

    /** @return the user's frameworks as read at start */
    public List<Framework> userFrameworks() {
        return userFrameworks;
    }

    /** @return backups of this database and its integrity check */
    public BackupService backups() {
        return backups;
    }

    /** @return the history, progress, edits and practice advice over this database */
    public ReviewStore review() {
        return review;
    }

    /** @return every pack service: sources, installer, exporter */
    public Packs packs() {
        return packs;
    }

    public PackLibrary library() {
        return library;
    }

    /** @return {@code packId/questionId} of every question attempted when the data was opened */
    public Set<String> attemptedAtOpen() {
        return attemptedAtOpen;
    }

    /** @return why imported packs were skipped at start; empty normally */
    public List<PackProblem> packProblems() {
        return packProblems;
    }

    /** @return recording, replay, talk figures and the interviewer's voice */
    public VoiceService voice() {
        return features.get().voice();
    }

    /**
     * Ends the round's recording (its last chunk reaches the disk), removes the audio of
     * attempts deleted in this run, lets a save in flight finish (up to 10 s), then closes the database.
     */
    @Override
    public void close() {
        features.close();
        if (ownSaveThread != null) {
            ownSaveThread.shutdown();
            try {
                ownSaveThread.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        database.close();
    }
}
