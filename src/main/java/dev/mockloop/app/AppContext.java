package dev.mockloop.app;

import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.attempt.PhaseStatsRepository;
import dev.mockloop.framework.FrameworkRepository;
import dev.mockloop.pack.Framework;
import dev.mockloop.session.DraftRepository;
import dev.mockloop.session.RoundDraft;
import dev.mockloop.settings.Settings;
import java.util.Optional;
import dev.mockloop.settings.SettingsRepository;
import java.time.Clock;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.InstalledPack;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackProblem;
import dev.mockloop.pack.PackReader;
import dev.mockloop.pack.PackStore;
import dev.mockloop.review.ReviewStore;
import dev.mockloop.storage.BackupService;
import dev.mockloop.storage.Backups;
import dev.mockloop.storage.DataDirectory;
import dev.mockloop.storage.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The composition root: opens the data directory, the database and the packs once, and
 * hands them to the window. Opening does disk I/O, so the app calls {@link #open} off
 * the UI thread.
 */
public final class AppContext implements AutoCloseable {

    private final Path dataDir;
    private final Database database;
    private final AttemptRepository attempts;
    private final DraftRepository drafts;
    private final Optional<RoundDraft> draft;
    private final PhaseStatsRepository phaseStats;
    private final FrameworkRepository frameworks;
    private final SettingsRepository settingsRepository;
    private final Settings settings;
    private final List<Framework> userFrameworks;
    private final PackStore packStore;
    private final BackupService backups;
    private final PackLibrary library;
    private final List<PackProblem> packProblems;
    private final ReviewStore review;

    private AppContext(Path dataDir, Database database, PackStore packStore, PackLibrary library,
                       List<PackProblem> packProblems) {
        this.dataDir = dataDir;
        this.database = database;
        this.attempts = new AttemptRepository(database, Clock.systemDefaultZone());
        this.backups = new BackupService(database, new Backups(Backups.folderFor(database.file()),
                Clock.systemDefaultZone()));
        this.drafts = new DraftRepository(database, Clock.systemUTC());
        this.draft = readDraft(drafts);
        this.phaseStats = new PhaseStatsRepository(database);
        this.frameworks = new FrameworkRepository(database, Clock.systemUTC());
        this.settingsRepository = new SettingsRepository(database);
        this.settings = settingsRepository.load();
        this.userFrameworks = frameworks.list();
        this.packStore = packStore;
        this.library = library;
        this.packProblems = List.copyOf(packProblems);
        this.review = new ReviewStore(database, Clock.systemDefaultZone());
        review.catalog().record(library);
    }

    /**
     * Opens (creating if needed) the data directory, migrates the database and loads the
     * bundled and imported packs. An imported pack that no longer loads is skipped and
     * reported in {@link #packProblems()}.
     *
     * @param dataDir the per-user data directory, see {@link DataDirectory#resolve()}
     * @throws dev.mockloop.storage.StorageException if the database cannot be opened or is newer than this app
     */
    public static AppContext open(Path dataDir) {
        DataDirectory.ensureExists(dataDir);
        Database database = Database.open(DataDirectory.databaseFile(dataDir));
        PackReader reader = new PackReader();
        List<InstalledPack> packs = new ArrayList<>(BundledPacks.load(reader));
        PackStore store = new PackStore(DataDirectory.packsDir(dataDir), reader);
        Set<String> bundledIds = packs.stream().map(p -> p.pack().id()).collect(Collectors.toSet());
        PackStore.Loaded imported = store.loadAll(bundledIds);
        packs.addAll(imported.packs());
        return new AppContext(dataDir, database, store, new PackLibrary(packs), imported.problems());
    }

    public Path dataDir() {
        return dataDir;
    }

    public AttemptRepository attempts() {
        return attempts;
    }

    /** An unreadable draft (e.g. written by a newer version) is kept in the file but not offered. */
    private static Optional<RoundDraft> readDraft(DraftRepository drafts) {
        try {
            return drafts.load();
        } catch (RuntimeException unreadable) {
            System.err.println("Mockloop: the autosaved round could not be read: " + unreadable.getMessage());
            return Optional.empty();
        }
    }

    /** @return backups of this database and its integrity check */
    public BackupService backups() {
        return backups;
    }

    /** @return the database file */
    public Path databaseFile() {
        return database.file();
    }

    public DraftRepository drafts() {
        return drafts;
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

    /** @return the user's frameworks as read at start */
    public List<Framework> userFrameworks() {
        return userFrameworks;
    }

    /** @return the history, progress, edits and practice advice over this database */
    public ReviewStore review() {
        return review;
    }

    public PackStore packStore() {
        return packStore;
    }

    public PackLibrary library() {
        return library;
    }

    /** @return why imported packs were skipped at start; empty normally */
    public List<PackProblem> packProblems() {
        return packProblems;
    }

    @Override
    public void close() {
        database.close();
    }
}
