package dev.mockloop.storage;

import java.nio.file.Path;

/**
 * The database file was written by a newer Mockloop whose schema this version does not
 * know. The file is refused before anything is written to it, so the newer version can
 * still open it.
 */
public final class SchemaTooNewException extends StorageException {

    private final int fileVersion;
    private final int appVersion;

    /**
     * @param file        the database file
     * @param fileVersion the schema version stored in the file ({@code PRAGMA user_version})
     * @param appVersion  the highest schema version this build can read
     */
    public SchemaTooNewException(Path file, int fileVersion, int appVersion) {
        super("open the database", file, file + " has schema version " + fileVersion
                + ", written by a newer Mockloop; this version reads schema versions up to "
                + appVersion + ". Please update Mockloop to open it. The file was not changed.");
        this.fileVersion = fileVersion;
        this.appVersion = appVersion;
    }

    /** @return the schema version stored in the file */
    public int fileVersion() {
        return fileVersion;
    }

    /** @return the highest schema version this build can read */
    public int appVersion() {
        return appVersion;
    }
}
