package dev.mockloop.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs fixed SQL (pragmas, transaction control, migration scripts). Only for text that is
 * part of the app; values from outside go through PreparedStatement in the repositories.
 */
final class Sql {

    private Sql() {
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** @return the first column of the first row, read as text, or null when there is no row */
    static String queryText(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /** @return {@code PRAGMA user_version}: the schema version the migrations last set, 0 when new */
    static int userVersion(Connection connection) throws SQLException {
        String value = queryText(connection, "PRAGMA user_version");
        return value == null ? 0 : Integer.parseInt(value);
    }
}
