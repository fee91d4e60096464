package dev.mockloop.app;

import dev.mockloop.attempt.AttemptRepository;
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
import dev.mockloop.pack.io.Download;
import dev.mockloop.review.ReviewStore;
import dev.mockloop.session.DraftRepository;
import dev.mockloop.session.RoundDraft;
import dev.mockloop.settings.Settings;
import dev.mockloop.settings.SettingsRepository;
import dev.mockloop.storage.BackupService;
import dev.mockloop.storage.Backups;
import dev.mockloop.storage.DataDirectory;
import dev.mockloop.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
    private final BackupService backups;
    private final Packs packs;
    private final PackLibrary library;
    private final List<PackProblem> packProblems;
    private final ReviewStore review;
    private final Set<String> attemptedAtOpen;

    private AppContext(Path dataDir, Database database, BackupService backups, Packs packs, PackLibrary library,
                       List<PackProblem> packProblems) {
        this.dataDir = dataDir;
        this.database = database;
        this.attempts = new AttemptRepository(database, Clock.systemDefaultZone());
        this.backups = backups;
        this.drafts = new DraftRepository(database, Clock.systemUTC());
        this.draft = readDraft(drafts);
        this.phaseStats = new PhaseStatsRepository(database);
        this.frameworks = new FrameworkRepository(database, Clock.systemUTC());
        this.settingsRepository = new SettingsRepository(database);
        this.settings = settingsRepository.load();
        this.userFrameworks = frameworks.list();
        this.packs = packs;
        this.library = library;
        this.packProblems = List.copyOf(packProblems);
        this.review = new ReviewStore(database, Clock.systemDefaultZone());
        review.catalog().record(library);
        // Read here, off the UI thread, so the first home screen shows them: arriving after
        // it, they redrew every row of its table (BENCHMARKS.md, startup.home).
        this.attemptedAtOpen = attempts.attemptedQuestionKeys();
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
        PackReader reader = new PackReader();
        // The bundled packs are read on a second thread while the database opens: each takes
        // about 0.1 s at start-up and neither needs the other.
        CompletableFuture<List<InstalledPack>> bundled = CompletableFuture.supplyAsync(() -> BundledPacks.load(reader));
        DataDirectory.ensureExists(dataDir);
        Database database = Database.open(DataDirectory.databaseFile(dataDir));
        BackupService backups = new BackupService(database, new Backups(Backups.folderFor(database.file()),
                Clock.systemDefaultZone()));
        PackStore store = new PackStore(DataDirectory.packsDir(dataDir), reader);
        // A pack update or removal is a risky change: the database is backed up first.
        Packs packs = new Packs(reader, store, new PackStateRepository(database, Clock.systemUTC()), new Download(),
                () -> backups.backupNow("before-pack-update"));
        try {
            List<PackProblem> problems = new ArrayList<>();
            PackLibrary library = packs.load(bundled.join(), problems);
            return new AppContext(dataDir, database, backups, packs, library, problems);
        } catch (CompletionException e) {
            database.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
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

    /** @return backups of this database and its integrity check */
    public BackupService backups() {
        return backups;
    }

    /** @return the history, progress, edits and practice advice over this database */
    public ReviewStore review() {
        return review;
    }

    public PackStore packStore() {
        return packs.store();
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

    @Override
    public void close() {
        database.close();
    }
}
