package dev.mockloop.storage;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Copies of a data folder kept beside a backup (e.g. the recordings), made the way
 * {@code rsync --link-dest} makes them: a file that has the same size and modification time
 * as in the previous backup's copy is a hard link to that copy (no space taken; those copies
 * are never written again), any other file is copied. Files are compared by size and
 * modification time to the millisecond, as rsync's quick check does. Where hard links are not supported the
 * file is copied. Symbolic links are skipped.
 */
public final class FolderCopies {

    private FolderCopies() {
    }

    /**
     * Copies {@code source} to {@code target}, which must not exist yet. The copy is made in
     * {@code target.partial} and renamed to {@code target} only once complete, so a copy cut
     * short (a full disk, a kill) never looks complete.
     *
     * @param previous the previous backup's copy to link unchanged files from, or null
     * @return the bytes of the files in the copy
     * @throws IOException if a file cannot be read or written; nothing is left at {@code target}
     */
    public static long snapshot(Path source, Path target, Path previous) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        delete(partial);
        Files.createDirectories(partial);
        long[] bytes = {0};
        try {
            if (Files.isDirectory(source)) {
                Files.walkFileTree(source, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                        Files.createDirectories(partial.resolve(source.relativize(dir).toString()));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        if (attrs.isRegularFile()) {
                            String relative = source.relativize(file).toString();
                            Path old = previous == null ? null : previous.resolve(relative);
                            copyOrLink(file, attrs, old, partial.resolve(relative));
                            bytes[0] += attrs.size();
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            }
            Files.move(partial, target);
            return bytes[0];
        } catch (IOException | RuntimeException e) {
            delete(partial);
            throw e;
        }
    }

    private static void copyOrLink(Path file, BasicFileAttributes attrs, Path old, Path into) throws IOException {
        if (old != null && Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)) {
            BasicFileAttributes was = Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            // To the millisecond: a copy's time loses the nanoseconds on some systems.
            if (was.size() == attrs.size() && was.lastModifiedTime().toMillis() == attrs.lastModifiedTime().toMillis()) {
                try {
                    Files.createLink(into, old);
                    return;
                } catch (UnsupportedOperationException | IOException e) {
                    // no hard links here (FAT, some network shares): a copy does as well
                }
            }
        }
        Files.copy(file, into, StandardCopyOption.COPY_ATTRIBUTES);
    }

    /**
     * Puts back the files of a copy that are missing from {@code into}; never replaces or
     * deletes a file there. Each file is written under a temporary name and renamed when
     * complete, so no half-written file is left among the user's.
     *
     * @return how many files were put back
     * @throws IOException if a file cannot be read or written; the files put back so far stay
     */
    public static int restoreMissing(Path copy, Path into) throws IOException {
        if (!Files.isDirectory(copy)) {
            return 0;
        }
        int[] restored = {0};
        Files.walkFileTree(copy, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path target = into.resolve(copy.relativize(file).toString());
                if (attrs.isRegularFile() && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target.getParent());
                    Path temp = target.resolveSibling(target.getFileName() + ".restoring");
                    Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                    try {
                        Files.move(temp, target);
                    } catch (IOException e) {
                        Files.deleteIfExists(temp);
                        throw e;
                    }
                    restored[0]++;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return restored[0];
    }

    /** @return the bytes of the regular files under {@code folder}; 0 if it does not exist or cannot be read */
    public static long bytes(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    /** Deletes a folder and everything under it (links, not what they point to); nothing happens if it is absent. */
    public static void delete(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
