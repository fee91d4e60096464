package dev.mockloop.attempt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockloop.storage.Database;
import dev.mockloop.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes to saved attempts: editing the scoring afterwards (the original is kept, with
 * the time of the edit) and deleting with undo. Call it off the UI thread; every method
 * throws {@link StorageException} when the database fails, having changed nothing.
 */
public final class AttemptEditRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<DimensionScore>> SCORES = new TypeReference<>() { };

    private static final String KEEP_ORIGINAL = """
            INSERT OR IGNORE INTO attempt_originals (attempt_id, verdict, reflection, scores_json)
            SELECT id, verdict, reflection, ? FROM attempts WHERE id = ?""";
    private static final String UPDATE_ATTEMPT = "UPDATE attempts SET verdict = ?, reflection = ?, edited_at = ? WHERE id = ?";
    private static final String DELETE_SCORES = "DELETE FROM attempt_scores WHERE attempt_id = ?";
    private static final String INSERT_SCORE = """
            INSERT INTO attempt_scores (attempt_id, position, dimension_id, title, score, descriptor)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String SELECT_REVISION = """
            SELECT a.edited_at, o.verdict, o.reflection, o.scores_json, a.created_at, a.day
            FROM attempts a LEFT JOIN attempt_originals o ON o.attempt_id = a.id WHERE a.id = ?""";
    private static final String DELETE_ATTEMPT = "DELETE FROM attempts WHERE id = ?";
    private static final String RESTORE_REVISION = """
            INSERT INTO attempt_originals (attempt_id, verdict, reflection, scores_json) VALUES (?, ?, ?, ?)""";
    private static final String RESTORE_EDITED_AT = "UPDATE attempts SET edited_at = ? WHERE id = ?";

    private final Database database;
    private final Clock clock;

    /** @param clock stamps edits */
    public AttemptEditRepository(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Replaces an attempt's verdict, scores and reflection. The first edit keeps the
     * scoring as it was saved; every edit stamps the attempt's edited-at time.
     *
     * @return the edit time
     * @throws IllegalArgumentException if there is no attempt with that id
     */
    public Instant edit(long id, ScoringEdit scoring) {
        Instant now = clock.instant();
        String originalScores = scoresJson(id);
        database.inTransaction("save the edited scores", c -> {
            try (PreparedStatement keep = c.prepareStatement(KEEP_ORIGINAL)) {
                keep.setString(1, originalScores);
                keep.setLong(2, id);
                keep.executeUpdate();
            }
            try (PreparedStatement update = c.prepareStatement(UPDATE_ATTEMPT)) {
                update.setString(1, scoring.verdict() == null ? null : scoring.verdict().name());
                update.setString(2, scoring.reflection());
                update.setLong(3, now.toEpochMilli());
                update.setLong(4, id);
                if (update.executeUpdate() == 0) {
                    throw new IllegalArgumentException("attempt " + id + " does not exist");
                }
            }
            try (PreparedStatement delete = c.prepareStatement(DELETE_SCORES)) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(INSERT_SCORE)) {
                for (int i = 0; i < scoring.scores().size(); i++) {
                    DimensionScore s = scoring.scores().get(i);
                    insert.setLong(1, id);
                    insert.setInt(2, i);
                    insert.setString(3, s.dimensionId());
                    insert.setString(4, s.title());
                    insert.setInt(5, s.score());
                    insert.setString(6, s.descriptor());
                    insert.executeUpdate();
                }
            }
            return null;
        });
        return now;
    }

    /** The scores as they are before this edit, for the original kept at the first edit. */
    private String scoresJson(long id) {
        Attempt current = database.read("read attempt " + id, c -> AttemptRowRepository.find(c, id))
                .orElseThrow(() -> new IllegalArgumentException("attempt " + id + " does not exist"));
        try {
            return JSON.writeValueAsString(current.scores());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("scores could not be written as JSON", e);
        }
    }

    /** @return when the attempt's scoring was last edited and what it was first, or empty if never edited */
    public Optional<ScoringEdit.Revision> revision(long id) {
        return database.read("read the edits of attempt " + id, c -> {
            Meta meta = meta(c, id);
            return Optional.ofNullable(meta == null ? null : meta.revision);
        });
    }

    /**
     * Deletes an attempt with everything it has, and returns it all so {@link #undoDelete}
     * can put it back.
     *
     * @throws StorageException if it cannot be deleted, or there is no attempt with that id
     */
    public DeletedAttempt delete(long id) {
        return database.inTransaction("delete the attempt", c -> {
            Attempt attempt = AttemptRowRepository.find(c, id)
                    .orElseThrow(() -> new IllegalArgumentException("attempt " + id + " does not exist"));
            Meta meta = meta(c, id);
            try (PreparedStatement delete = c.prepareStatement(DELETE_ATTEMPT)) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            return new DeletedAttempt(attempt, meta.createdAtMs, meta.day, meta.revision);
        });
    }

    /** Puts a deleted attempt back under its old id, as it was. */
    public void undoDelete(DeletedAttempt deleted) {
        database.inTransaction("undo the delete", c -> {
            Attempt a = deleted.attempt();
            long id = AttemptRowRepository.insertAttempt(c, a, deleted.createdAtMs(), deleted.day());
            AttemptRowRepository.insertChildren(c, id, a);
            if (deleted.revision() != null) {
                ScoringEdit original = deleted.revision().original();
                try (PreparedStatement insert = c.prepareStatement(RESTORE_REVISION)) {
                    insert.setLong(1, id);
                    insert.setString(2, original.verdict() == null ? null : original.verdict().name());
                    insert.setString(3, original.reflection());
                    insert.setString(4, JSON.writeValueAsString(original.scores()));
                    insert.executeUpdate();
                } catch (JsonProcessingException e) {
                    throw new SQLException("scores could not be written as JSON", e);
                }
                try (PreparedStatement update = c.prepareStatement(RESTORE_EDITED_AT)) {
                    update.setLong(1, deleted.revision().editedAt().toEpochMilli());
                    update.setLong(2, id);
                    update.executeUpdate();
                }
            }
            return null;
        });
    }

    private record Meta(long createdAtMs, long day, ScoringEdit.Revision revision) {
    }

    private static Meta meta(Connection c, long id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(SELECT_REVISION)) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                long editedAt = row.getLong(1);
                ScoringEdit.Revision revision = null;
                if (!row.wasNull() && row.getString(4) != null) {
                    String verdict = row.getString(2);
                    List<DimensionScore> scores;
                    try {
                        scores = JSON.readValue(row.getString(4), SCORES);
                    } catch (JsonProcessingException e) {
                        throw new SQLException("the original scores of attempt " + id + " are unreadable", e);
                    }
                    revision = new ScoringEdit.Revision(Instant.ofEpochMilli(editedAt), new ScoringEdit(
                            verdict == null ? null : Verdict.valueOf(verdict), scores, row.getString(3)));
                }
                return new Meta(row.getLong(5), row.getLong(6), revision);
            }
        }
    }
}
