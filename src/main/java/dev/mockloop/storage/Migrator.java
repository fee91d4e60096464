package dev.mockloop.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Brings a database file's schema up to date: a ladder of versioned SQL scripts keyed on
 * {@code PRAGMA user_version} (0 for a new file). Script N is
 * {@code db/migration/VN__what.sql} on the class path and upgrades version N-1 to N.
 *
 * <p>All pending scripts run in one exclusive transaction that ends by setting
 * user_version, so a file is always at one whole version: a failed upgrade leaves it as it
 * was. A file newer than the last script is refused untouched ({@link SchemaTooNewException}).
 *
 * <p>Adding a migration: put {@code V2__what.sql} next to V1 and add its name to
 * {@link #LADDER}. Resources inside a jar cannot be listed, hence the list; a test checks
 * that the list and the folder agree. Never edit a script that has shipped.
 */
public final class Migrator {

    static final String FOLDER = "db/migration/";

    /** The shipped scripts, in version order: entry i upgrades version i to i + 1. */
    static final List<String> LADDER = List.of(
            "V1__initial.sql",
            "V2__timer.sql",
            "V3__drafts.sql",
            "V4__packs.sql",
            "V5__review.sql",
            "V6__rounds.sql",
            "V7__coach.sql",
            "V8__recordings.sql",
            "V9__interviewer.sql",
            "V10__review_speed.sql");

    private static final Pattern NAME = Pattern.compile("V(\\d+)__\\w+\\.sql");

    private final String folder;
    private final List<String> scripts;

    /** @return the migrator for the schema this build ships */
    public static Migrator standard() {
        return new Migrator(FOLDER, LADDER);
    }

    /**
     * @param folder  class-path folder of the scripts, ending in "/"
     * @param scripts the script names, "V1__...sql", "V2__...sql", ... in that order
     * @throws IllegalArgumentException if a name does not fit its place on the ladder
     */
    Migrator(String folder, List<String> scripts) {
        for (int i = 0; i < scripts.size(); i++) {
            var matcher = NAME.matcher(scripts.get(i));
            if (!matcher.matches() || Integer.parseInt(matcher.group(1)) != i + 1) {
                throw new IllegalArgumentException("migration " + (i + 1) + " must be named V"
                        + (i + 1) + "__<what>.sql, was " + scripts.get(i));
            }
        }
        this.folder = folder;
        this.scripts = List.copyOf(scripts);
    }

    /** @return the schema version this build reads and writes: the number of the last script */
    public int latestVersion() {
        return scripts.size();
    }

    /**
     * Refuses a file from a newer app without writing to it. Run before anything that could
     * change the file, such as switching it to WAL.
     *
     * @throws SchemaTooNewException if the file's schema version is above {@link #latestVersion()}
     */
    void refuseIfTooNew(Connection connection, Path file) throws SQLException {
        int version = Sql.userVersion(connection);
        if (version > latestVersion()) {
            throw new SchemaTooNewException(file, version, latestVersion());
        }
    }

    /**
     * Runs the pending scripts in one exclusive transaction. Foreign keys should be off
     * while this runs (they cannot be switched inside a transaction, and a table rebuild
     * needs them off); they are checked as a whole before committing instead.
     *
     * @return the schema version the file is at now
     * @throws SchemaTooNewException if the file's schema version is above {@link #latestVersion()}
     * @throws SQLException naming the script and statement that failed; nothing was changed
     */
    int migrate(Connection connection, Path file) throws SQLException {
        Sql.execute(connection, "BEGIN EXCLUSIVE");
        try {
            // Read again under the lock: another process may have upgraded it meanwhile.
            int version = Sql.userVersion(connection);
            refuseIfTooNew(connection, file);
            for (int next = version + 1; next <= latestVersion(); next++) {
                runScript(connection, scripts.get(next - 1));
            }
            if (version < latestVersion()) {
                requireNoForeignKeyViolations(connection);
                // PRAGMA takes no bound parameters; the value is our own int, not input.
                Sql.execute(connection, "PRAGMA user_version = " + latestVersion());
            }
            Sql.execute(connection, "COMMIT");
            return latestVersion();
        } catch (SQLException | RuntimeException | Error e) {
            try {
                Sql.execute(connection, "ROLLBACK");
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        }
    }

    private void runScript(Connection connection, String name) throws SQLException {
        List<String> statements = SqlScript.split(load(name));
        for (int i = 0; i < statements.size(); i++) {
            try {
                Sql.execute(connection, statements.get(i));
            } catch (SQLException e) {
                throw new SQLException("migration " + name + ", statement " + (i + 1) + " of "
                        + statements.size() + " failed: " + e.getMessage(),
                        e.getSQLState(), e.getErrorCode(), e);
            }
        }
    }

    private String load(String name) {
        String resource = folder + name;
        try (InputStream in = Migrator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration " + resource + " is missing from the"
                        + " class path; the build is broken");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read migration " + resource, e);
        }
    }

    private static void requireNoForeignKeyViolations(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet violations = statement.executeQuery("PRAGMA foreign_key_check")) {
            if (violations.next()) {
                throw new SQLException("migration left rows in " + violations.getString("table")
                        + " that point at missing rows of " + violations.getString("parent"));
            }
        }
    }
}
