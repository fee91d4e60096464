package dev.mockloop.storage;

import java.nio.file.Path;
import java.util.List;

/** The database file failed SQLite's consistency check; it is left exactly as it was. */
public class DatabaseCorruptException extends StorageException {

    private final List<String> problems;

    public DatabaseCorruptException(Path file, List<String> problems) {
        super("check the database", file, "The database " + file + " is damaged (SQLite reports: "
                + problems.get(0) + (problems.size() > 1 ? ", and " + (problems.size() - 1) + " more" : "")
                + "). It has not been changed. Restore a backup to go on.");
        this.problems = List.copyOf(problems);
    }

    /** @return what SQLite reported */
    public List<String> problems() {
        return problems;
    }
}
