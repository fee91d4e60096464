package dev.mockloop.app;

import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.InstalledPack;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackProblem;
import dev.mockloop.pack.PackReader;
import dev.mockloop.pack.PackStore;
import dev.mockloop.storage.DataDirectory;
import dev.mockloop.storage.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
    private final PackStore packStore;
    private final PackLibrary library;
    private final List<PackProblem> packProblems;
    private final Set<String> attemptedAtOpen;

    private AppContext(Path dataDir, Database database, PackStore packStore, PackLibrary library,
                       List<PackProblem> packProblems) {
        this.dataDir = dataDir;
        this.database = database;
        this.attempts = new AttemptRepository(database);
        this.packStore = packStore;
        this.library = library;
        this.packProblems = List.copyOf(packProblems);
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
     * @throws dev.mockloop.storage.StorageException if the database cannot be opened or is newer than this app
     */
    public static AppContext open(Path dataDir) {
        PackReader reader = new PackReader();
        // The bundled packs are read on a second thread while the database opens: each takes
        // about 0.1 s at start-up and neither needs the other.
        CompletableFuture<List<InstalledPack>> bundled = CompletableFuture.supplyAsync(() -> BundledPacks.load(reader));
        DataDirectory.ensureExists(dataDir);
        Database database = Database.open(DataDirectory.databaseFile(dataDir));
        List<InstalledPack> packs;
        try {
            packs = new ArrayList<>(bundled.join());
        } catch (CompletionException e) {
            database.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        PackStore store = new PackStore(DataDirectory.packsDir(dataDir), reader);
        Set<String> bundledIds = packs.stream().map(p -> p.pack().id()).collect(Collectors.toSet());
        PackStore.Loaded imported = store.loadAll(bundledIds);
        packs.addAll(imported.packs());
        try {
            return new AppContext(dataDir, database, store, new PackLibrary(packs), imported.problems());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public AttemptRepository attempts() {
        return attempts;
    }

    public PackStore packStore() {
        return packStore;
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
