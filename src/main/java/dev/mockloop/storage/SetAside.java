package dev.mockloop.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Moves a database file out of the way, whole, before anything takes its place: to
 * {@code backups/set-aside-<UTC time>-<reason>.db}, with its {@code -wal} and {@code -shm}
 * (the WAL may hold the newest commits) and a {@code .txt} note saying why. The bytes are
 * renamed, not copied, so they stay exactly as they were; a newer Mockloop or a recovery
 * tool can still open the file there. These files are not backups: {@link Backups#list()}
 * does not list them and thinning never deletes them.
 */
public final class SetAside {

    /** The start of every set-aside file's name. */
    public static final String PREFIX = "set-aside-";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern REASON = Pattern.compile("[a-z0-9-]+");
    private static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");

    private SetAside() {
    }

    /**
     * @param databaseFile the closed database file; nothing is done if it does not exist
     * @param reason       a word or two with hyphens, e.g. "damaged", "too-new", "replaced-by-restore"
     * @param why          a sentence for the note beside it, e.g. the error the file was refused with
     * @param clock        stamps the name
     * @return where the file is now, or null if there was none
     * @throws StorageException if it cannot be moved; the file is then where it was, unchanged
     */
    public static Path move(Path databaseFile, String reason, String why, Clock clock) {
        if (!REASON.matcher(reason).matches()) {
            throw new IllegalArgumentException("reason must be lower-case words with hyphens: " + reason);
        }
        if (!Files.exists(databaseFile)) {
            return null;
        }
        Path folder = Backups.folderFor(databaseFile);
        String stamp = STAMP.format(clock.instant());
        Path target = folder.resolve(PREFIX + stamp + "-" + reason + ".db");
        for (int n = 1; Files.exists(target); n++) {
            target = folder.resolve(PREFIX + stamp + "-" + reason + "-" + n + ".db");
        }
        try {
            Files.createDirectories(folder);
            Files.writeString(target.resolveSibling(target.getFileName() + ".txt"), "Mockloop moved "
                    + databaseFile + " here on " + stamp + " before putting another file in its place.\n"
                    + "Why: " + why + "\n" + "It is kept exactly as it was; copy it back (with any -wal file"
                    + " beside it) to use it again.\n", StandardCharsets.UTF_8);
            // The WAL and the rest first: without them the main file alone may miss the newest commits,
            // and a main file moved without its WAL would meet a stranger's WAL.
            for (String suffix : COMPANIONS) {
                Path companion = databaseFile.resolveSibling(databaseFile.getFileName() + suffix);
                if (Files.exists(companion)) {
                    rename(companion, target.resolveSibling(target.getFileName() + suffix));
                }
            }
            rename(databaseFile, target);
            return target;
        } catch (IOException e) {
            throw new StorageException("set the current database aside in " + folder
                    + " (nothing was replaced)", databaseFile, e);
        }
    }

    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Another file system: copy every byte, then remove the original.
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            Files.delete(from);
        }
    }
}
