package dev.mockloop.pack;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The folder of imported packs in the data directory, one {@code <pack id>.json} per pack.
 *
 * <p>An import is all or nothing: the file is checked completely first, written to a
 * temporary file in the same folder, and then renamed into place, so the folder never
 * holds a half-written pack.
 */
public final class PackStore {

    private final Path folder;
    private final PackReader reader;

    /**
     * @param folder where imported packs live; created on the first import
     * @param reader checks every file read or imported
     */
    public PackStore(Path folder, PackReader reader) {
        this.folder = folder;
        this.reader = reader;
    }

    /** @return the folder imported packs live in */
    public Path folder() {
        return folder;
    }

    /**
     * Loads every imported pack. A file that is no longer valid, or whose id is already
     * taken, is skipped and reported, never deleted.
     *
     * @param takenIds ids of packs already loaded (the bundled ones)
     */
    public Loaded loadAll(Set<String> takenIds) {
        List<InstalledPack> packs = new ArrayList<>();
        List<PackProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Loaded(packs, problems);
        }
        Set<String> taken = new HashSet<>(takenIds);
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            problems.add(new PackProblem(folder.toString(), 0, 0, "", "cannot list imported packs: " + e.getMessage()));
        }
        files.sort(null);
        for (Path file : files) {
            PackCheck check = reader.check(file);
            if (!check.valid()) {
                problems.addAll(check.problems());
            } else if (!taken.add(check.pack().id())) {
                problems.add(new PackProblem(file.toString(), 0, 0, "", "pack id '" + check.pack().id()
                        + "' is already installed; this copy is skipped"));
            } else {
                packs.add(new InstalledPack(check.pack(), PackSource.IMPORTED, file));
            }
        }
        return new Loaded(packs, problems);
    }

    /**
     * Imports a pack file: checks it, refuses an id already installed, and copies it
     * into the folder.
     *
     * @param source    the file the user chose
     * @param installed the packs installed now
     * @return the imported pack
     * @throws PackException if the file is invalid, its id is taken, or it cannot be copied;
     *                       the folder is then exactly as it was
     */
    public InstalledPack importPack(Path source, PackLibrary installed) throws PackException {
        String name = source.toString();
        Pack pack = reader.read(source);
        InstalledPack existing = installed.pack(pack.id()).orElse(null);
        if (existing != null) {
            throw PackException.of(name, "a pack with id '" + pack.id() + "' is already installed ("
                    + existing.source().name().toLowerCase() + ", version " + existing.pack().version()
                    + "); give this pack its own id to install it beside the other");
        }
        Path target = folder.resolve(pack.id() + ".json");
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, ".import-", ".tmp");
            Files.write(temp, Files.readAllBytes(source));
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
            return new InstalledPack(pack, PackSource.IMPORTED, target);
        } catch (IOException e) {
            throw PackException.of(name, "cannot copy the pack into " + folder + " (" + e.getMessage()
                    + "); check that the folder is writable and the disk has space");
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a leftover .tmp file is never loaded: only *.json is
            }
        }
    }

    /**
     * @param packs    the valid imported packs
     * @param problems what was wrong with the others
     */
    public record Loaded(List<InstalledPack> packs, List<PackProblem> problems) {
    }
}
