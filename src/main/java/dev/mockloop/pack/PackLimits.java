package dev.mockloop.pack;

/**
 * The limits every pack source is held to, so that a hostile or broken file is refused
 * with a message instead of exhausting memory or disk. The bundled packs use a small
 * fraction of each (largest: 36 KiB, 8 questions, nesting depth 7).
 */
public final class PackLimits {

    /** Largest pack.json accepted, in bytes (16 MiB): room for {@link #MAX_QUESTIONS} full questions. */
    public static final long MAX_PACK_BYTES = 16L * 1024 * 1024;

    /** Most questions in one pack (also stated in pack.schema.json as maxItems). */
    public static final int MAX_QUESTIONS = 10_000;

    /** Deepest JSON nesting accepted; a format 1 pack needs 7. */
    public static final int MAX_JSON_DEPTH = 32;

    /** Longest JSON string accepted while parsing, in chars; the schema then allows 4,000 per text. */
    public static final int MAX_JSON_STRING_CHARS = 64 * 1024;

    /** Largest zip file accepted, in bytes (64 MiB). */
    public static final long MAX_ZIP_BYTES = 64L * 1024 * 1024;

    /** Most entries in a zip or files in a pack folder. */
    public static final int MAX_ENTRIES = 1_000;

    /** Largest total size of a pack's files once unpacked, in bytes (128 MiB). */
    public static final long MAX_UNPACKED_BYTES = 128L * 1024 * 1024;

    /** Largest single asset (e.g. an image), in bytes (16 MiB). */
    public static final long MAX_ASSET_BYTES = 16L * 1024 * 1024;

    /**
     * Highest ratio of unpacked to packed size for one zip entry. Text compresses about
     * 10:1 and images hardly at all; a zip bomb reaches 1,000:1 and more.
     */
    public static final int MAX_COMPRESSION_RATIO = 100;

    /** Largest download accepted from a URL, in bytes: a zip pack at most. */
    public static final long MAX_DOWNLOAD_BYTES = MAX_ZIP_BYTES;

    /** Largest CSV of questions accepted, in bytes (16 MiB). */
    public static final long MAX_CSV_BYTES = 16L * 1024 * 1024;

    private PackLimits() {
    }

    /**
     * Says how far a size passes a limit, precisely enough that the two never read the same:
     * "70.0 MiB, 6.0 MiB over the limit of 64.0 MiB", or, when both round to the same
     * figure, in bytes: "67,108,865 bytes, 1 byte over the limit of 67,108,864 bytes (64.0 MiB)".
     *
     * @param size  the size found, in bytes; above {@code limit}
     * @param limit the limit, in bytes
     * @return the size, the excess and the limit as a phrase
     */
    public static String passes(long size, long limit) {
        long over = size - limit;
        if (over > 0 && !size(size).equals(size(limit))) {
            return size(size) + ", " + size(over) + " over the limit of " + size(limit);
        }
        return bytes(size) + ", " + bytes(over) + " over the limit of " + bytes(limit)
                + (limit >= 1024 ? " (" + size(limit) + ")" : "");
    }

    /** @return e.g. "1 byte" or "67,108,865 bytes" */
    public static String bytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%,d %s", bytes, bytes == 1 ? "byte" : "bytes");
    }

    /** @return {@code bytes} in the unit a person reads best, e.g. "12 KiB" or "3.5 MiB" */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KiB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
