package dev.mockloop.pack.io;

import dev.mockloop.pack.PackBundle;
import dev.mockloop.pack.PackException;
import dev.mockloop.pack.PackLimits;
import dev.mockloop.pack.PackProblem;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Reads a zip pack: {@code pack.json} plus an optional {@code assets/} folder, either at
 * the top of the zip or inside its one top-level folder (as "Download ZIP" on code hosts
 * makes them). Other files, such as a README, are left out.
 *
 * <p>Hostile zips are refused before anything is unpacked to disk: entries whose path
 * leaves the pack (zip slip), symbolic links, more than {@link PackLimits#MAX_ENTRIES}
 * entries, an entry that inflates more than {@link PackLimits#MAX_COMPRESSION_RATIO}
 * times, or more than {@link PackLimits#MAX_UNPACKED_BYTES} in all (zip bombs). Sizes
 * are counted as the bytes inflate, never taken from the zip's own headers.
 */
final class ZipPackReader {

    /**
     * The compression methods read: those zip tools write, which Commons Compress reads on its
     * own. It also knows zstd and xz, but reads them only with libraries Mockloop does not ship
     * (a fuzzed zip with a zstd entry ended in NoClassDefFoundError).
     */
    private static final Set<ZipMethod> READABLE_METHODS = EnumSet.of(ZipMethod.STORED, ZipMethod.DEFLATED,
            ZipMethod.ENHANCED_DEFLATED, ZipMethod.BZIP2);

    /** Entries that inflate past this many bytes must also respect the compression ratio. */
    private static final long RATIO_CHECK_FROM_BYTES = 1024 * 1024;

    private ZipPackReader() {
    }

    /**
     * @param file  the zip's name, for problems
     * @param bytes the zip's content
     * @return the files kept, keyed by their path relative to the pack root: {@code pack.json}
     *         and {@code assets/...}
     * @throws PackException if the zip is unreadable, hostile, too large, or has no pack.json
     */
    static Map<String, byte[]> read(String file, byte[] bytes) throws PackException {
        if (bytes.length > PackLimits.MAX_ZIP_BYTES) {
            throw PackException.of(file, "the zip is "
                    + PackLimits.passes(bytes.length, PackLimits.MAX_ZIP_BYTES) + " for a zip pack");
        }
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntriesInPhysicalOrder());
            if (entries.size() > PackLimits.MAX_ENTRIES) {
                throw PackException.of(file, "the zip has " + entries.size() + " entries; a pack has at most "
                        + PackLimits.MAX_ENTRIES + " files");
            }
            List<PackProblem> problems = new ArrayList<>();
            for (ZipArchiveEntry entry : entries) {
                String why = EntryPaths.unsafe(entry.getName());
                if (why == null && entry.isUnixSymlink()) {
                    why = "is a symbolic link; a pack holds plain files only";
                }
                if (why != null) {
                    problems.add(problem(file, entry.getName(), why));
                }
            }
            if (!problems.isEmpty()) {
                throw new PackException(problems);
            }
            String root = rootOf(file, entries);
            Map<String, byte[]> files = new LinkedHashMap<>();
            long total = 0;
            for (ZipArchiveEntry entry : entries) {
                if (entry.isDirectory() || !entry.getName().startsWith(root)) {
                    continue;
                }
                String relative = entry.getName().substring(root.length());
                boolean packFile = relative.equals(PackBundle.PACK_FILE);
                if (!packFile && !relative.startsWith(PackBundle.ASSETS_FOLDER + "/")) {
                    continue;
                }
                long limit = packFile ? PackLimits.MAX_PACK_BYTES : PackLimits.MAX_ASSET_BYTES;
                byte[] content = inflate(file, zip, entry, Math.min(limit, PackLimits.MAX_UNPACKED_BYTES - total));
                total += content.length;
                files.put(relative, content);
            }
            return files;
        } catch (IOException e) {
            throw PackException.of(file, "cannot read the zip (" + e.getMessage() + "); is it a .zip file,"
                    + " and complete?");
        }
    }

    /** @return "" when pack.json is at the top, or "folder/" when it is inside the zip's one top-level folder */
    private static String rootOf(String file, List<ZipArchiveEntry> entries) throws PackException {
        List<String> candidates = new ArrayList<>();
        for (ZipArchiveEntry entry : entries) {
            String name = entry.getName();
            if (name.equals(PackBundle.PACK_FILE)) {
                return "";
            }
            int slash = name.indexOf('/');
            if (!entry.isDirectory() && slash > 0 && name.substring(slash + 1).equals(PackBundle.PACK_FILE)) {
                candidates.add(name.substring(0, slash + 1));
            }
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        throw PackException.of(file, candidates.isEmpty()
                ? "the zip has no pack.json; a zip pack holds pack.json at its top, plus an optional assets folder"
                : "the zip holds several packs (" + String.join(", ", candidates) + "); put one pack in each zip");
    }

    private static byte[] inflate(String file, ZipFile zip, ZipArchiveEntry entry, long limit)
            throws IOException, PackException {
        if (!READABLE_METHODS.contains(ZipMethod.getMethodByCode(entry.getMethod())) || !zip.canReadEntryData(entry)) {
            throw problemOf(file, entry.getName(), "uses a compression method or encryption Mockloop cannot read;"
                    + " zip it again with the usual (deflate) method and no password");
        }
        long compressed = Math.max(1, entry.getCompressedSize());
        try (InputStream in = zip.getInputStream(entry)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                read += n;
                if (read > limit) {
                    throw problemOf(file, entry.getName(), "unpacks to more than " + PackLimits.size(limit)
                            + " (a pack is at most " + PackLimits.size(PackLimits.MAX_UNPACKED_BYTES)
                            + " unpacked, one asset at most " + PackLimits.size(PackLimits.MAX_ASSET_BYTES) + ")");
                }
                if (read > RATIO_CHECK_FROM_BYTES && read / compressed > PackLimits.MAX_COMPRESSION_RATIO) {
                    throw problemOf(file, entry.getName(), "inflates more than " + PackLimits.MAX_COMPRESSION_RATIO
                            + " times its packed size, as zip bombs do; this zip is refused");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static PackProblem problem(String file, String entry, String why) {
        return new PackProblem(file, 0, 0, entry, "zip entry '" + entry + "' " + why + "; the zip is refused");
    }

    private static PackException problemOf(String file, String entry, String why) {
        return new PackException(List.of(new PackProblem(file, 0, 0, entry, "zip entry '" + entry + "' " + why)));
    }
}
