package dev.mockloop.pack;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The folder of imported packs in the data directory: one folder per pack, named by its
 * id, holding {@code pack.json} and an optional {@code assets/} folder.
 *
 * <p>Changes are all or nothing. A new version is first written in full to a hidden
 * staging folder beside the others, then swapped in by renames: the old folder moves to a
 * hidden trash folder and the staged one takes its name. Until {@link Swap#finish()} the
 * swap can be undone, which puts the folder back exactly as it was. Hidden folders are
 * never loaded, and leftovers from a crash are cleared at the next start.
 */
public final class PackStore {

    /** Moves a file or folder; injected so tests can make a step fail. */
    @FunctionalInterface
    public interface Mover {
        /** Renames {@code from} to {@code to}, atomically where the file system can. */
        void move(Path from, Path to) throws IOException;

        /** The real file system. */
        Mover FILES = (from, to) -> {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to);
            }
        };
    }

    private static final String STAGING = ".staging-";
    private static final String TRASH = ".trash-";

    private final Path folder;
    private final PackReader reader;
    private final Mover mover;

    /**
     * @param folder where imported packs live; created on the first import
     * @param reader checks every pack read
     */
    public PackStore(Path folder, PackReader reader) {
        this(folder, reader, Mover.FILES);
    }

    /** @param mover renames files; tests pass one that fails on cue */
    public PackStore(Path folder, PackReader reader, Mover mover) {
        this.folder = folder;
        this.reader = reader;
        this.mover = mover;
    }

    /** @return the folder imported packs live in */
    public Path folder() {
        return folder;
    }

    /** @return the folder of the pack with this id (which may not exist) */
    public Path folderOf(String packId) {
        return folder.resolve(packId);
    }

    /**
     * Loads every imported pack. A folder whose pack is no longer valid, whose id is already
     * taken, or whose name is not its pack's id is skipped and reported, never deleted.
     * Hidden staging and trash folders left by a crash are removed.
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
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            problems.add(new PackProblem(folder.toString(), 0, 0, "", "cannot list imported packs: " + e.getMessage()));
        }
        entries.sort(null);
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(STAGING) || name.startsWith(TRASH)) {
                deleteTree(entry);
                continue;
            }
            if (name.startsWith(".") || !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            PackCheck check = reader.check(entry.resolve(PackBundle.PACK_FILE));
            if (!check.valid()) {
                problems.addAll(check.problems());
            } else if (!check.pack().id().equals(name)) {
                problems.add(new PackProblem(entry.toString(), 0, 0, "", "the folder holds pack '"
                        + check.pack().id() + "'; a pack's folder must be named by its id, so it is skipped"));
            } else if (!taken.add(name)) {
                problems.add(new PackProblem(entry.toString(), 0, 0, "", "pack id '" + name
                        + "' is already installed; this copy is skipped"));
            } else {
                packs.add(new InstalledPack(check.pack(), PackSource.IMPORTED, entry.resolve(PackBundle.PACK_FILE)));
            }
        }
        return new Loaded(packs, problems);
    }

    /**
     * Writes a bundle in full to a hidden staging folder, ready for {@link #swapIn}.
     *
     * @return the staged folder
     * @throws IOException if it cannot be written; nothing is left behind
     */
    public Staged stage(PackBundle bundle) throws IOException {
        Files.createDirectories(folder);
        Path staging = folder.resolve(STAGING + UUID.randomUUID());
        try {
            Files.createDirectory(staging);
            Files.write(staging.resolve(PackBundle.PACK_FILE), bundle.json());
            for (Map.Entry<String, byte[]> asset : bundle.assets().entrySet()) {
                Path target = staging.resolve(asset.getKey()).normalize();
                if (!target.startsWith(staging) || target.equals(staging)) {
                    throw new IOException("asset path leaves the pack folder: " + asset.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, asset.getValue());
            }
            return new Staged(staging, bundle);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
    }

    /**
     * Puts a staged pack in place of the installed folder with its id (if any), by renames.
     *
     * @return the swap, to {@link Swap#finish()} once everything else has succeeded, or to undo
     * @throws IOException if a rename fails; the folder is then as it was and the staged copy removed
     */
    public Swap swapIn(Staged staged) throws IOException {
        Path target = folderOf(staged.bundle().pack().id());
        Path trash = null;
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Path aside = folder.resolve(TRASH + UUID.randomUUID());
                mover.move(target, aside);
                trash = aside;
            }
            mover.move(staged.folder(), target);
            return new Swap(target, trash, staged.folder());
        } catch (IOException | RuntimeException e) {
            if (trash != null) {
                // Only once the old folder really moved aside: before that, target is still the installed pack.
                restore(trash, target, e);
            }
            deleteTree(staged.folder());
            throw e;
        }
    }

    /**
     * Moves the folder of an installed pack aside, to be deleted when the swap finishes.
     *
     * @throws IOException if it cannot be moved; the folder is then as it was
     */
    public Swap takeOut(String packId) throws IOException {
        Path target = folderOf(packId);
        Path trash = folder.resolve(TRASH + UUID.randomUUID());
        mover.move(target, trash);
        return new Swap(null, trash, target);
    }

    /**
     * Reads an imported pack back as a bundle, with its assets, e.g. to export it.
     *
     * @param installed an imported pack (one with a file)
     * @throws IOException if its files cannot be read
     */
    public PackBundle read(InstalledPack installed) throws IOException {
        if (installed.file() == null) {
            throw new IllegalArgumentException("pack " + installed.pack().id() + " is bundled; it has no folder");
        }
        Path root = installed.file().getParent();
        Map<String, byte[]> assets = new LinkedHashMap<>();
        Path assetsFolder = root.resolve(PackBundle.ASSETS_FOLDER);
        if (Files.isDirectory(assetsFolder, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> files = Files.walk(assetsFolder)) {
                for (Path file : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                    assets.put(root.relativize(file).toString().replace(java.io.File.separatorChar, '/'),
                            Files.readAllBytes(file));
                }
            }
        }
        return new PackBundle(root.toString(), installed.pack(), Files.readAllBytes(installed.file()), assets);
    }

    private void restore(Path trash, Path target, Exception failure) {
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(target);
            }
            mover.move(trash, target);
        } catch (IOException | RuntimeException again) {
            failure.addSuppressed(again);
        }
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a hidden leftover is never loaded, and is retried at the next start
        }
    }

    /**
     * A pack written in full to a hidden folder, not yet in place.
     *
     * @param folder the staging folder
     * @param bundle what was written
     */
    public record Staged(Path folder, PackBundle bundle) {
        /** Removes the staged copy. */
        public void discard() {
            deleteTree(folder);
        }
    }

    /**
     * A change of the packs folder made by renames, undoable until finished.
     */
    public final class Swap {
        private final Path installed;
        private final Path trash;
        private final Path origin;
        private boolean done;

        private Swap(Path installed, Path trash, Path origin) {
            this.installed = installed;
            this.trash = trash;
            this.origin = origin;
        }

        /** Deletes the replaced or removed folder for good. Best effort: a leftover is cleared at the next start. */
        public void finish() {
            done = true;
            deleteTree(trash);
        }

        /**
         * Puts the folder back exactly as it was before the swap.
         *
         * @throws IllegalStateException if the swap was already finished
         */
        public void undo() throws IOException {
            if (done) {
                throw new IllegalStateException("the swap is finished");
            }
            done = true;
            if (installed != null) {
                mover.move(installed, origin);
                deleteTree(origin);
                if (trash != null) {
                    mover.move(trash, installed);
                }
            } else {
                mover.move(trash, origin);
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
