package dev.mockloop.pack.io;

import dev.mockloop.pack.InstalledPack;
import dev.mockloop.pack.PackBundle;
import dev.mockloop.pack.PackException;
import dev.mockloop.pack.PackStore;
import dev.mockloop.pack.PackWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an installed pack to share it: a .json file (the pack alone) or a .zip
 * ({@code pack.json} plus its {@code assets/} folder). The file appears whole or not at
 * all: it is written beside its destination under a temporary name, then renamed.
 */
public final class PackExporter {

    // Fixed entry times make the same pack export to the same bytes.
    private static final FileTime ENTRY_TIME = FileTime.fromMillis(0);

    private final PackStore store;
    private final PackWriter writer;

    public PackExporter(PackStore store, PackWriter writer) {
        this.store = store;
        this.writer = writer;
    }

    /**
     * @param pack an installed pack; a bundled one is written out from its content
     * @return the pack with everything that travels with it
     * @throws PackException if an imported pack's files cannot be read
     */
    public PackBundle bundleOf(InstalledPack pack) throws PackException {
        if (pack.file() == null) {
            return PackBundle.of("bundled", pack.pack(), writer.write(pack.pack()));
        }
        try {
            return store.read(pack);
        } catch (IOException e) {
            throw PackException.of(pack.file().getParent().toString(), "cannot read the pack's files ("
                    + e.getMessage() + ")");
        }
    }

    /**
     * @param bundle the pack to write
     * @param out    a path ending in .json or .zip
     * @throws PackException if the extension is neither, a .json is asked for a pack with
     *                       assets, or the file cannot be written (nothing is left behind)
     */
    public void export(PackBundle bundle, Path out) throws PackException {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean zip = name.endsWith(".zip");
        if (!zip && !name.endsWith(".json")) {
            throw PackException.of(out.toString(), "name the file .json (the pack alone) or .zip (with its pictures)");
        }
        if (!zip && !bundle.assets().isEmpty()) {
            throw PackException.of(out.toString(), "the pack has " + bundle.assets().size() + " pictures, which a"
                    + " .json file cannot hold; export it as .zip");
        }
        Path folder = out.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            // Not createTempFile: its owner-only permissions would stay on the shared file.
            temp = Files.createFile(folder.resolve(".export-" + java.util.UUID.randomUUID() + ".tmp"));
            if (zip) {
                writeZip(bundle, temp);
            } else {
                Files.write(temp, bundle.json());
            }
            try {
                Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw PackException.of(out.toString(), "cannot write the file (" + e.getMessage()
                    + "); check that the folder exists and is writable");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a stray .tmp beside the export is harmless
                }
            }
        }
    }

    private static void writeZip(PackBundle bundle, Path file) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(raw)) {
            put(zip, PackBundle.PACK_FILE, bundle.json());
            for (Map.Entry<String, byte[]> asset : bundle.assets().entrySet()) {
                put(zip, asset.getKey(), asset.getValue());
            }
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
