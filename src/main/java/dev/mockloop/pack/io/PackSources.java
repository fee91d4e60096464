package dev.mockloop.pack.io;

import dev.mockloop.pack.PackBundle;
import dev.mockloop.pack.PackCheck;
import dev.mockloop.pack.PackException;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackLimits;
import dev.mockloop.pack.PackProblem;
import dev.mockloop.pack.PackReader;
import dev.mockloop.pack.PackTemplate;
import dev.mockloop.pack.PackWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Reads a pack from wherever the user points: a .json file, a .zip, a folder, an http(s)
 * URL, or a CSV of questions (which becomes a new pack). What a file is comes from its
 * content where it can (a zip starts with "PK"), else from its extension.
 *
 * <p>Nothing is written anywhere: the result is a checked {@link PackBundle} in memory,
 * or a {@link PackException} listing every problem.
 */
public final class PackSources {

    /** The kinds of source. */
    public enum Kind { JSON, ZIP, FOLDER, CSV }

    private final PackReader reader;
    private final CsvPackReader csv;
    private final Download download;

    public PackSources(PackReader reader, PackWriter writer, Download download) {
        this.reader = reader;
        this.csv = new CsvPackReader(reader, writer);
        this.download = download;
    }

    /** @return what kind of pack source this local path is (a folder, or a file by extension) */
    public static Kind kindOf(Path path) {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return Kind.FOLDER;
        }
        return kindOfName(path.getFileName() == null ? "" : path.getFileName().toString());
    }

    /** @return the kind a file name's extension says; .json for anything unknown */
    public static Kind kindOfName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            return Kind.ZIP;
        }
        if (lower.endsWith(".csv") || lower.endsWith(".tsv")) {
            return Kind.CSV;
        }
        return Kind.JSON;
    }

    /**
     * Reads a local pack: a .json, a .zip or a folder. (For a CSV, see {@link #readCsv}.)
     *
     * @throws PackException if it cannot be read or is not a valid pack
     */
    public PackBundle read(Path path) throws PackException {
        String name = path.toString();
        if (Files.isSymbolicLink(path)) {
            throw PackException.of(name, "is a symbolic link; choose the file it points to");
        }
        if (kindOf(path) == Kind.FOLDER) {
            return bundle(name, FolderPackReader.read(path));
        }
        if (!Files.isRegularFile(path)) {
            throw PackException.of(name, "no such file or folder");
        }
        return fromBytes(name, readFile(path, PackLimits.MAX_ZIP_BYTES));
    }

    /**
     * Reads a pack given as bytes: a zip if they start like one, else pack JSON.
     *
     * @param name the name for problems (a path or URL)
     * @throws PackException if it is not a valid pack
     */
    public PackBundle fromBytes(String name, byte[] bytes) throws PackException {
        refuseCompressed(name, bytes);
        if (isZip(bytes)) {
            return bundle(name, ZipPackReader.read(name, bytes));
        }
        if (kindOfName(name) == Kind.ZIP) {
            throw PackException.of(name, "the file is named .zip but is not a zip archive");
        }
        return PackBundle.of(name, reader.check(name, bytes).orThrow(), bytes);
    }

    /**
     * Reads a CSV of questions into a new pack.
     *
     * @throws PackException with every problem, each at its CSV line
     */
    public PackBundle readCsv(Path file, CsvOptions options, PackTemplate template) throws PackException {
        byte[] bytes = readFile(file, PackLimits.MAX_CSV_BYTES);
        refuseCompressed(file.toString(), bytes);
        return csv.read(file.toString(), bytes, options, template);
    }

    /** Reads CSV content (e.g. downloaded) into a new pack. */
    public PackBundle readCsv(String name, byte[] bytes, CsvOptions options, PackTemplate template)
            throws PackException {
        return csv.read(name, bytes, options, template);
    }

    /**
     * Downloads a pack: a .json or .zip pack, or a CSV when the URL's path ends in .csv
     * (which then gets {@link CsvOptions#defaults} for that name).
     *
     * @throws PackException if the download fails or passes its limit, or the pack is invalid
     */
    public PackBundle download(String url, Download.Progress progress, BooleanSupplier cancelled,
                               PackLibrary installed) throws PackException {
        byte[] bytes = download.fetch(url, progress, cancelled);
        String name = fileNameOf(url);
        refuseCompressed(url, bytes);
        if (kindOfName(name) == Kind.CSV && !isZip(bytes)) {
            return csv.read(url, bytes, CsvOptions.defaults(name, installed), PackTemplate.standard(installed));
        }
        return fromBytes(url, bytes);
    }

    /** @return the last path segment of a URL, e.g. "pack.zip", or "" */
    public static String fileNameOf(String url) {
        try {
            String path = URI.create(url.strip()).getPath();
            return path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private PackBundle bundle(String name, Map<String, byte[]> files) throws PackException {
        byte[] json = files.get(PackBundle.PACK_FILE);
        PackCheck check = reader.check(name + "!/" + PackBundle.PACK_FILE, json);
        Map<String, byte[]> assets = new LinkedHashMap<>(files);
        assets.remove(PackBundle.PACK_FILE);
        PackBundle bundle = new PackBundle(name, check.orThrow(), json, assets);
        List<PackProblem> problems = new ArrayList<>(AssetRules.check(name, bundle));
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return bundle;
    }

    /**
     * A gzip, bzip2, xz or zstd stream is not a pack, whatever its name: said so, instead of
     * "not UTF-8" from the text check. (Magic numbers: RFC 1952, bzip2, xz and RFC 8878.)
     */
    private static void refuseCompressed(String name, byte[] bytes) throws PackException {
        String kind = startsWith(bytes, 0x1F, 0x8B) ? "gzip" : startsWith(bytes, 'B', 'Z', 'h') ? "bzip2"
                : startsWith(bytes, 0xFD, '7', 'z', 'X', 'Z', 0x00) ? "xz"
                : startsWith(bytes, 0x28, 0xB5, 0x2F, 0xFD) ? "zstd" : null;
        if (kind != null) {
            throw PackException.of(name, "this is " + kind + "-compressed data, not a pack; unpack it first"
                    + " (e.g. with " + switch (kind) {
                        case "gzip" -> "gunzip";
                        case "bzip2" -> "bunzip2";
                        case "xz" -> "unxz";
                        default -> "unzstd";
                    } + ") and import the .json or .csv inside, or share the pack as a .zip");
        }
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && (bytes[2] == 3 || bytes[2] == 5);
    }

    private static byte[] readFile(Path file, long limit) throws PackException {
        try {
            long size = Files.size(file);
            if (size > limit) {
                throw PackException.of(file.toString(), "the file is "
                        + PackLimits.passes(size, limit) + " for an import");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw PackException.of(file.toString(), "cannot read the file (" + e.getMessage() + ")");
        }
    }
}
