package dev.mockloop.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mockloop.storage.Database;
import dev.mockloop.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

/**
 * The autosaved round in progress: at most one. Each save replaces the last in one small
 * transaction (WAL, synchronous=FULL), so after a crash the newest complete save is there.
 * Call it off the UI thread; throws {@link StorageException} when the database fails.
 */
public final class DraftRepository {

    private static final String UPSERT = """
            INSERT INTO round_draft (id, draft_json, saved_at) VALUES (1, ?, ?)
            ON CONFLICT (id) DO UPDATE SET draft_json = excluded.draft_json, saved_at = excluded.saved_at""";
    private static final String SELECT = "SELECT draft_json FROM round_draft WHERE id = 1";
    private static final String DELETE = "DELETE FROM round_draft";

    private final Database database;
    private final Clock clock;
    private final ObjectMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public DraftRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Saves the draft, replacing the previous one. */
    public void save(RoundDraft draft) {
        String text = write(draft);
        database.inTransaction("autosave the round", connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                upsert.setString(1, text);
                upsert.setLong(2, clock.millis());
                return upsert.executeUpdate();
            }
        });
    }

    /**
     * @return the saved draft, if a round was in progress when the app last stopped
     * @throws StorageException if the saved draft cannot be read back
     */
    public Optional<RoundDraft> load() {
        return database.read("read the autosaved round", connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT); ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.<RoundDraft>empty();
                }
                try {
                    return Optional.of(json.readValue(row.getString(1), RoundDraft.class));
                } catch (JsonProcessingException e) {
                    throw new SQLException("the autosaved round is not readable: " + e.getOriginalMessage(), e);
                }
            }
        });
    }

    /** Removes the draft: the round was saved as an attempt or discarded. */
    public void clear() {
        database.inTransaction("clear the autosaved round", DraftRepository::clearIn);
    }

    /**
     * Removes the draft inside a transaction the round service runs, e.g. the one that saves
     * the attempt.
     *
     * @return the number of drafts removed, 0 or 1
     */
    static int clearIn(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
            return delete.executeUpdate();
        }
    }

    private String write(RoundDraft draft) {
        try {
            return json.writeValueAsString(draft);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a round draft could not be written as JSON", e);
        }
    }
}
