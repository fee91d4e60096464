package dev.mockloop.pack.install;

import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.InstalledPack;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackProblem;
import dev.mockloop.pack.PackReader;
import dev.mockloop.pack.PackStore;
import dev.mockloop.pack.PackTemplate;
import dev.mockloop.pack.PackWriter;
import dev.mockloop.pack.io.Download;
import dev.mockloop.pack.io.PackExporter;
import dev.mockloop.pack.io.PackSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything to do with packs, built once: reading them from any source, installing,
 * updating, removing, switching them on and off, and exporting. The app and the command
 * line share it.
 */
public final class Packs {

    private final PackReader reader;
    private final PackWriter writer;
    private final PackStore store;
    private final PackStateRepository states;
    private final PackSources sources;
    private final PackInstaller installer;
    private final PackExporter exporter;

    /**
     * @param reader   checks pack files
     * @param store    the imported packs folder
     * @param states   the pack tables
     * @param download fetches packs from URLs
     */
    public Packs(PackReader reader, PackStore store, PackStateRepository states, Download download) {
        this(reader, store, states, download, () -> { });
    }

    /**
     * @param beforeRiskyChange runs before a pack update or removal is applied, e.g. a
     *                          database backup; if it throws, nothing is changed
     */
    public Packs(PackReader reader, PackStore store, PackStateRepository states, Download download,
                 Runnable beforeRiskyChange) {
        this.reader = reader;
        this.writer = new PackWriter();
        this.store = store;
        this.states = states;
        this.sources = new PackSources(reader, writer, download);
        this.installer = new PackInstaller(store, states, beforeRiskyChange);
        this.exporter = new PackExporter(store, writer);
    }

    /**
     * Loads the bundled and imported packs and which are switched off. Imported packs that
     * no longer load are skipped and added to {@code problems}.
     *
     * @throws dev.mockloop.storage.StorageException if the pack settings cannot be read
     */
    public PackLibrary load(List<PackProblem> problems) {
        return load(BundledPacks.load(reader), problems);
    }

    /**
     * Same as {@link #load(List)} with the bundled packs already read (the app reads them on
     * another thread while the database opens).
     */
    public PackLibrary load(List<InstalledPack> bundled, List<PackProblem> problems) {
        List<InstalledPack> packs = new ArrayList<>(bundled);
        Set<String> bundledIds = packs.stream().map(p -> p.pack().id()).collect(Collectors.toSet());
        PackStore.Loaded imported = store.loadAll(bundledIds);
        packs.addAll(imported.packs());
        problems.addAll(imported.problems());
        Set<String> disabled = states.all().values().stream().filter(s -> !s.enabled())
                .map(PackState::packId).collect(Collectors.toSet());
        return new PackLibrary(packs, disabled);
    }

    /** @return the settings of every pack that has any, keyed by id (read from the database) */
    public Map<String, PackState> states() {
        return states.all();
    }

    /** @return the template of packs made from a CSV or in the editor */
    public PackTemplate template(PackLibrary library) {
        return PackTemplate.standard(library);
    }

    public PackReader reader() {
        return reader;
    }

    public PackWriter writer() {
        return writer;
    }

    public PackStore store() {
        return store;
    }

    public PackSources sources() {
        return sources;
    }

    public PackInstaller installer() {
        return installer;
    }

    public PackExporter exporter() {
        return exporter;
    }
}
