package dev.mockloop.session;

import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.concurrent.Executor;

/** Round services over a test database, with the save and round threads run in line unless given. */
public final class TestRounds {

    private TestRounds() {
    }

    /** @return a round service whose saves and results run at once, in the caller's thread */
    public static RoundService inLine(Database db, Ticker ticker, Clock clock) {
        return with(db, ticker, clock, Runnable::run);
    }

    /** @return a round service whose saves run on {@code saves} and whose results run at once */
    public static RoundService with(Database db, Ticker ticker, Clock clock, Executor saves) {
        return new RoundService(new DraftRepository(db, clock), new AttemptRepository(db, clock), ticker, clock, saves,
                Runnable::run);
    }

    /**
     * Makes the database file unable to grow, as a full disk does: SQLite then fails every
     * write that needs a new page with SQLITE_FULL ("database or disk is full").
     *
     * @param full true to cap the file at its size now, false to lift the cap
     */
    public static void diskFull(Database db, boolean full) {
        db.inTransaction("cap the file", connection -> {
            long pages;
            try (PreparedStatement count = connection.prepareStatement("PRAGMA page_count");
                 ResultSet row = count.executeQuery()) {
                row.next();
                pages = row.getLong(1);
            }
            try (PreparedStatement cap = connection.prepareStatement(
                    "PRAGMA max_page_count = " + (full ? pages : 1_073_741_823L))) {
                cap.execute();
            }
            return null;
        });
    }
}
