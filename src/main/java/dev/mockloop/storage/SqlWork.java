package dev.mockloop.storage;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Database work run by {@link Database} inside a transaction it owns.
 *
 * <p>The work must not begin, commit or roll back transactions itself, must not call back
 * into the {@link Database}, and must not keep the connection after it returns.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface SqlWork<T> {

    /**
     * @param connection the open connection, already inside a transaction
     * @return the work's result
     * @throws SQLException on any database error; the transaction is then rolled back
     */
    T run(Connection connection) throws SQLException;
}
