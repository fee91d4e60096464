package dev.mockloop.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite's own consistency checks: {@code quick_check} (fast, run at every start) and
 * {@code integrity_check} (thorough, on demand: "Check database").
 */
public final class Integrity {

    private Integrity() {
    }

    /**
     * @param pragma {@code quick_check} or {@code integrity_check}
     * @return the problems SQLite reports; empty when the file is sound
     */
    static List<String> run(Connection connection, String pragma) throws SQLException {
        if (!pragma.equals("quick_check") && !pragma.equals("integrity_check")) {
            throw new IllegalArgumentException(pragma);
        }
        List<String> problems = new ArrayList<>();
        // The pragma name is one of two constants above, never input.
        try (PreparedStatement check = connection.prepareStatement("PRAGMA " + pragma);
             ResultSet row = check.executeQuery()) {
            while (row.next()) {
                String line = row.getString(1);
                if (!"ok".equalsIgnoreCase(line)) {
                    problems.add(line);
                }
            }
        }
        return problems;
    }

    /** Checks a database file that is not open, read-only. A file that is not a database is one problem. */
    public static List<String> check(Path file, String pragma) {
        try (Connection connection = Backups.openReadOnly(file)) {
            return run(connection, pragma);
        } catch (SQLException e) {
            return List.of(e.getMessage());
        }
    }
}
