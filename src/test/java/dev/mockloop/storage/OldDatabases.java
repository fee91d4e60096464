package dev.mockloop.storage;

import java.nio.file.Path;

/** Opens a database at an older schema version, for migration tests of other packages. */
public final class OldDatabases {

    private OldDatabases() {
    }

    /** @return the file opened with the ladder up to {@code version} only */
    public static Database openAt(Path file, int version) {
        return Database.open(file, new Migrator(Migrator.FOLDER, Migrator.LADDER.subList(0, version)));
    }
}
