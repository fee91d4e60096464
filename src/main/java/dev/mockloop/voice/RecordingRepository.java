package dev.mockloop.voice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockloop.storage.Database;
import dev.mockloop.storage.StorageException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The recordings table: which rounds have audio, where it is, and their talk figures. Call
 * it off the UI thread; every method throws {@link StorageException} when the database
 * fails, having changed nothing.
 */
public final class RecordingRepository {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * One attempt's figures for Progress.
     *
     * @param attemptId        the attempt
     * @param startedAt        when its round started
     * @param talkShare        share of the round spent talking, 0..1
     * @param longestSilenceMs longest silence, ms
     * @param meanResponseMs   mean response time after a probe card, ms; null if none was answered by speaking
     */
    public record ProgressPoint(long attemptId, Instant startedAt, double talkShare, long longestSilenceMs,
                                Long meanResponseMs) {
    }

    private final Database database;

    public RecordingRepository(Database database) {
        this.database = database;
    }

    /** Notes that a round is being recorded into {@code folder} (relative to the data folder); a second call changes nothing. */
    public void begin(String roundId, String folder, Instant at) {
        database.inTransaction("note the round's recording", c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT OR IGNORE INTO recordings (round_id, folder, created_at) VALUES (?, ?, ?)")) {
                insert.setString(1, roundId);
                insert.setString(2, folder);
                insert.setLong(3, at.toEpochMilli());
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** Keeps a finished recording's size and length, and its figures (null until the attempt is saved). */
    public void finish(String roundId, long bytes, long audioMs, TalkFigures figures) {
        String json;
        try {
            json = figures == null ? null : JSON.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("talk figures could not be written as JSON", e);
        }
        database.inTransaction("save the round's talk figures", c -> {
            try (PreparedStatement update = c.prepareStatement("""
                    UPDATE recordings SET bytes = ?, audio_ms = ?, talk_ms = ?, longest_silence_ms = ?,
                        mean_response_ms = ?, figures_json = ? WHERE round_id = ?""")) {
                update.setLong(1, bytes);
                update.setLong(2, audioMs);
                update.setObject(3, figures == null ? null : figures.talkMs());
                update.setObject(4, figures == null ? null : figures.longestSilenceMs());
                update.setObject(5, figures == null ? null : figures.meanResponseMs());
                update.setString(6, json);
                update.setString(7, roundId);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** @return the folder of the round's recording, relative to the data folder, if it was recorded */
    public Optional<String> folder(String roundId) {
        return database.read("read the round's recording", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT folder FROM recordings WHERE round_id = ?")) {
                select.setString(1, roundId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** @return the round's talk figures, if its attempt was saved with a recording */
    public Optional<TalkFigures> figures(String roundId) {
        return database.read("read the round's talk figures", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT figures_json FROM recordings WHERE round_id = ?")) {
                select.setString(1, roundId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next() || row.getString(1) == null) {
                        return Optional.<TalkFigures>empty();
                    }
                    try {
                        return Optional.of(JSON.readValue(row.getString(1), TalkFigures.class));
                    } catch (JsonProcessingException e) {
                        throw new SQLException("the talk figures of round " + roundId + " are unreadable", e);
                    }
                }
            }
        });
    }

    /** @return bytes of audio kept for saved attempts, for "include audio (N MB)" in backups and exports */
    public long savedBytes() {
        return database.read("measure the recordings", c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT COALESCE(SUM(r.bytes), 0) FROM recordings r JOIN attempts a ON a.round_id = r.round_id");
                 ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0L;
            }
        });
    }

    /** @return every attempt with talk figures that counts in the stats, oldest first: Progress over time */
    public List<ProgressPoint> progress() {
        return database.read("read talk figures over time", c -> {
            List<ProgressPoint> points = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT a.id, a.started_at, r.talk_ms, r.audio_ms, r.longest_silence_ms, r.mean_response_ms
                    FROM recordings r JOIN attempts a ON a.round_id = r.round_id
                    WHERE r.talk_ms IS NOT NULL AND r.audio_ms > 0 AND a.in_stats = 1
                    ORDER BY a.started_at, a.id""");
                 ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long mean = row.getLong(6);
                    points.add(new ProgressPoint(row.getLong(1), Instant.ofEpochMilli(row.getLong(2)),
                            (double) row.getLong(3) / row.getLong(4), row.getLong(5), row.wasNull() ? null : mean));
                }
            }
            return points;
        });
    }

    /**
     * @param keep round ids whose audio must stay whatever (the round now running, the autosaved one)
     * @return the recordings no attempt refers to any more, except those kept: an attempt deleted
     *         (once its undo is no longer possible), a round abandoned or a crashed round discarded
     */
    public List<String> orphans(Set<String> keep) {
        return database.read("find recordings without an attempt", c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT r.round_id FROM recordings r
                    WHERE NOT EXISTS (SELECT 1 FROM attempts a WHERE a.round_id = r.round_id)""");
                 ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    if (!keep.contains(row.getString(1))) {
                        ids.add(row.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    /** @return whether an attempt refers to this round */
    public boolean hasAttempt(String roundId) {
        return database.read("look for the round's attempt", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM attempts WHERE round_id = ?")) {
                select.setString(1, roundId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    /** Forgets a round's recording (its files are the caller's to delete). */
    public void delete(String roundId) {
        database.inTransaction("forget the round's recording", c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM recordings WHERE round_id = ?")) {
                delete.setString(1, roundId);
                delete.executeUpdate();
            }
            return null;
        });
    }
}
