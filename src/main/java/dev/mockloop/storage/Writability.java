package dev.mockloop.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the data folder can take a write, tried for real before the database opens: a
 * {@value #PROBE_BYTES}-byte file is written and removed, and the free space must be at least
 * {@value #MIN_FREE_BYTES} bytes. A read-only disk, a folder this user may not write, or a
 * full disk each get a sentence saying so, and the app then opens the data read-only instead
 * of refusing to open it.
 */
public final class Writability {

    /** Bytes the probe writes: 4 KiB, one page. */
    static final int PROBE_BYTES = 4 * 1024;
    /**
     * Free space below which the disk counts as full: 1 MiB, room for a few hundred autosaves
     * (a draft is a few KiB; the WAL grows by one 4 KiB page a write).
     */
    static final long MIN_FREE_BYTES = 1024 * 1024;

    private Writability() {
    }

    /**
     * @param dataDir the data folder (it exists)
     * @return why nothing can be saved there, e.g. "the disk holding /data is full (12 KiB free)",
     *         or empty when a write went through
     */
    public static Optional<String> problem(Path dataDir) {
        Path probe = null;
        try {
            probe = Files.createTempFile(dataDir, ".write-check-", ".tmp");
            try (FileChannel channel = FileChannel.open(probe, StandardOpenOption.WRITE)) {
                ByteBuffer zeros = ByteBuffer.allocate(PROBE_BYTES);
                while (zeros.hasRemaining()) {
                    channel.write(zeros);
                }
            }
            // A write can be accepted into the page cache and fail only later, at writeback;
            // the free space says "full" without the cost of an fsync at every start.
            long free = Files.getFileStore(dataDir).getUsableSpace();
            return free < MIN_FREE_BYTES ? Optional.of("the disk holding " + dataDir + " is full" + free(dataDir))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.of(describe(dataDir, e));
        } finally {
            if (probe != null) {
                try {
                    Files.deleteIfExists(probe);
                } catch (IOException ignored) {
                    // a full disk may refuse even this; the name starts with a dot and is tiny
                }
            }
        }
    }

    /** @return the sentence for a failed write to the data folder */
    public static String describe(Path dataDir, IOException e) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage() == null ? "" : e.getMessage();
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("read-only file system")) {
            return "the disk holding " + dataDir + " is read-only";
        }
        if (lower.contains("no space") || lower.contains("disk full") || lower.contains("not enough space")
                || lower.contains("quota")) {
            return "the disk holding " + dataDir + " is full" + free(dataDir);
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied") || lower.contains("access is denied")) {
            return "you may not write to " + dataDir + " (permission denied)";
        }
        return "nothing can be written to " + dataDir + (reason.isBlank() ? "" : " (" + reason + ")");
    }

    private static String free(Path dataDir) {
        try {
            long free = Files.getFileStore(dataDir).getUsableSpace();
            return free < 1024 * 1024 ? " (" + free / 1024 + " KiB free)" : String.format(Locale.ROOT, " (%.1f MiB free)",
                    free / (1024.0 * 1024));
        } catch (IOException e) {
            return "";
        }
    }
}
