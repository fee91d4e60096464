package dev.mockloop.pack.io;

import dev.mockloop.pack.PackBundle;
import dev.mockloop.pack.PackException;
import dev.mockloop.pack.PackLimits;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a folder pack: {@code pack.json} plus an optional {@code assets/} folder, laid out
 * as in a zip pack. Symbolic links are refused rather than followed, so a pack cannot
 * bring in files from elsewhere on the disk; the same counts and sizes as for zips apply.
 */
final class FolderPackReader {

    private FolderPackReader() {
    }

    /**
     * @param folder the pack's folder
     * @return {@code pack.json} and the files under {@code assets/}, keyed by relative path with "/"
     * @throws PackException if pack.json is missing, a link is found, or a limit is passed
     */
    static Map<String, byte[]> read(Path folder) throws PackException {
        String name = folder.toString();
        Path packFile = folder.resolve(PackBundle.PACK_FILE);
        if (!Files.isRegularFile(packFile, LinkOption.NOFOLLOW_LINKS)) {
            throw PackException.of(name, Files.isSymbolicLink(packFile)
                    ? "pack.json is a symbolic link; a pack holds plain files only"
                    : "the folder has no pack.json; a folder pack holds pack.json plus an optional assets folder");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            files.put(PackBundle.PACK_FILE, readLimited(name, packFile, PackLimits.MAX_PACK_BYTES));
            Path assets = folder.resolve(PackBundle.ASSETS_FOLDER);
            if (Files.isSymbolicLink(assets)) {
                throw PackException.of(name, "the assets folder is a symbolic link; a pack holds plain files only");
            }
            if (Files.isDirectory(assets, LinkOption.NOFOLLOW_LINKS)) {
                collect(name, folder, assets, files);
            }
        } catch (IOException e) {
            throw PackException.of(name, "cannot read the folder (" + e.getMessage() + ")");
        }
        return files;
    }

    private static void collect(String name, Path root, Path assets, Map<String, byte[]> files)
            throws IOException, PackException {
        long[] total = {files.get(PackBundle.PACK_FILE).length};
        PackException[] refused = {null};
        // Files.walkFileTree does not follow links unless told to; links arrive as plain visits.
        Files.walkFileTree(assets, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String relative = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                try {
                    if (!attributes.isRegularFile()) {
                        throw PackException.of(name, relative + " is a symbolic link or special file;"
                                + " a pack holds plain files only");
                    }
                    if (files.size() >= PackLimits.MAX_ENTRIES) {
                        throw PackException.of(name, "the folder has more than " + PackLimits.MAX_ENTRIES + " files");
                    }
                    byte[] content = readLimited(name + "/" + relative, file,
                            Math.min(PackLimits.MAX_ASSET_BYTES, PackLimits.MAX_UNPACKED_BYTES - total[0]));
                    total[0] += content.length;
                    files.put(relative, content);
                    return FileVisitResult.CONTINUE;
                } catch (PackException e) {
                    refused[0] = e;
                    return FileVisitResult.TERMINATE;
                }
            }
        });
        if (refused[0] != null) {
            throw refused[0];
        }
    }

    private static byte[] readLimited(String name, Path file, long limit) throws IOException, PackException {
        long size = Files.size(file);
        if (size > limit) {
            throw PackException.of(name, "the file is " + PackLimits.passes(size, limit));
        }
        return Files.readAllBytes(file);
    }
}
