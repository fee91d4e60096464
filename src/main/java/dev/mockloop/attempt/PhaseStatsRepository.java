package dev.mockloop.attempt;

import dev.mockloop.storage.Database;
import dev.mockloop.storage.StorageException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Statistics over the phases of all saved attempts, for the history's pacing summary.
 * Call it off the UI thread.
 */
public final class PhaseStatsRepository {

    // Read from the running totals schema V4 keeps by trigger (phase_overruns), so this costs
    // the same at 100,000 attempts as at ten. Phases never reached (actual 0 ms: the round was
    // finished early) are not counted there, as they would read as huge underruns.
    private static final String AVERAGE_OVERRUNS = """
            SELECT title, CAST(ROUND(1.0 * overrun_ms / n) AS INTEGER) AS overrun, n
            FROM phase_overruns
            WHERE n > 0
            ORDER BY overrun DESC, title""";

    private final Database database;

    public PhaseStatsRepository(Database database) {
        this.database = database;
    }

    /**
     * @return the mean overrun of each phase title over the attempts that reached it,
     *         worst overrun first
     * @throws StorageException if it cannot be read
     */
    public List<PhaseOverrun> averageOverruns() {
        return database.read("average the phase overruns", connection -> {
            List<PhaseOverrun> overruns = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(AVERAGE_OVERRUNS);
                 ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    overruns.add(new PhaseOverrun(row.getString("title"), row.getLong("overrun"), row.getInt("n")));
                }
            }
            return List.copyOf(overruns);
        });
    }
}
