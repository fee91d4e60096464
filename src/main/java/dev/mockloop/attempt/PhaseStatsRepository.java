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

    // Phases never reached (actual 0 ms: the round was finished early) would read as huge
    // underruns, so they are left out.
    private static final String AVERAGE_OVERRUNS = """
            SELECT title, CAST(ROUND(AVG(actual_ms - planned_ms)) AS INTEGER) AS overrun, COUNT(*) AS n
            FROM attempt_phases
            WHERE actual_ms > 0 AND title IS NOT NULL
            GROUP BY title
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
