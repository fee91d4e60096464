package dev.mockloop.storage;

import dev.dirs.ProjectDirectories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the user's data lives: the database file and imported question packs.
 *
 * <p>The {@value #HOME_VARIABLE} environment variable, when set and not blank, names the
 * folder (for tests, portable installs, or keeping several practice histories apart).
 * Otherwise it is the platform's per-user data folder:
 * {@code $XDG_DATA_HOME/mockloop} (usually {@code ~/.local/share/mockloop}) on Linux,
 * {@code %APPDATA%\Mockloop\Mockloop\data} on Windows and
 * {@code ~/Library/Application Support/dev.mockloop.Mockloop} on macOS.
 *
 * <p>Resolving creates nothing; {@link #ensureExists(Path)} does.
 */
public final class DataDirectory {

    /** The environment variable that overrides the platform folder. */
    public static final String HOME_VARIABLE = "MOCKLOOP_HOME";

    private DataDirectory() {
    }

    /**
     * @return the data folder for this process's environment, as an absolute path
     * @throws IllegalArgumentException if {@value #HOME_VARIABLE} is not a valid path
     */
    public static Path resolve() {
        return resolve(System.getenv());
    }

    /**
     * @param env environment variables, e.g. {@link System#getenv()}
     * @return {@value #HOME_VARIABLE} made absolute when set and not blank, otherwise the
     *         platform's per-user data folder for Mockloop
     * @throws IllegalArgumentException if {@value #HOME_VARIABLE} is not a valid path
     */
    public static Path resolve(Map<String, String> env) {
        String home = env.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            try {
                return Path.of(home).toAbsolutePath();
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException(HOME_VARIABLE + " is not a usable folder path: \""
                        + home + "\" (" + e.getReason() + ")", e);
            }
        }
        // Only looked up when needed: on Windows the library asks the shell for known folders.
        return Path.of(ProjectDirectories.from("dev", "mockloop", "Mockloop").dataDir).toAbsolutePath();
    }

    /**
     * Creates the folder and any missing parents; an existing folder is left as it is.
     *
     * @param dataDir the data folder
     * @return {@code dataDir}
     * @throws StorageException if it cannot be created, or a file of that name is in the way
     */
    public static Path ensureExists(Path dataDir) {
        try {
            return Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StorageException("create the data folder", dataDir, e);
        }
    }

    /** @return {@code dataDir/mockloop.db}, the SQLite file holding the attempts */
    public static Path databaseFile(Path dataDir) {
        return dataDir.resolve("mockloop.db");
    }

    /** @return {@code dataDir/packs}, where imported question packs are kept */
    public static Path packsDir(Path dataDir) {
        return dataDir.resolve("packs");
    }
}
