package dev.mockloop.app;

import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackProblem;
import dev.mockloop.pack.PackReader;
import dev.mockloop.pack.PackStore;
import dev.mockloop.pack.install.PackStateRepository;
import dev.mockloop.pack.install.Packs;
import dev.mockloop.pack.io.Download;
import dev.mockloop.storage.DataDirectory;
import dev.mockloop.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The composition root: opens the data directory, the database and the packs once, and
 * hands them to the window. Opening does disk I/O, so the app calls {@link #open} off
 * the UI thread.
 */
public final class AppContext implements AutoCloseable {

    private final Path dataDir;
    private final Database database;
    private final AttemptRepository attempts;
    private final Packs packs;
    private final PackLibrary library;
    private final List<PackProblem> packProblems;

    private AppContext(Path dataDir, Database database, Packs packs, PackLibrary library,
                       List<PackProblem> packProblems) {
        this.dataDir = dataDir;
        this.database = database;
        this.attempts = new AttemptRepository(database);
        this.packs = packs;
        this.library = library;
        this.packProblems = List.copyOf(packProblems);
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
        PackStore store = new PackStore(DataDirectory.packsDir(dataDir), reader);
        Packs packs = new Packs(reader, store, new PackStateRepository(database, Clock.systemUTC()), new Download());
        List<PackProblem> problems = new ArrayList<>();
        PackLibrary library = packs.load(problems);
        return new AppContext(dataDir, database, packs, library, problems);
    }

    public Path dataDir() {
        return dataDir;
    }

    public AttemptRepository attempts() {
        return attempts;
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

    /** @return why imported packs were skipped at start; empty normally */
    public List<PackProblem> packProblems() {
        return packProblems;
    }

    @Override
    public void close() {
        database.close();
    }
}
