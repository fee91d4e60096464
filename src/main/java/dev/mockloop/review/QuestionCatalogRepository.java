package dev.mockloop.review;

import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.storage.Database;
import dev.mockloop.storage.StorageException;
import java.sql.PreparedStatement;
import java.util.Locale;
import java.util.Objects;

/**
 * Records the level and tags of every installed question (schema V4's
 * {@code question_catalog} and {@code question_tags}), so the history can filter attempts
 * by tag and level: attempts themselves keep only the pack and question ids.
 *
 * <p>Why a catalog and not a copy on each attempt: tags and level describe the question,
 * not the round, and a pack update that re-tags a question should re-tag its history too.
 * A pack that is removed keeps its last rows, so its attempts stay filterable.
 *
 * <p>Call it off the UI thread, whenever the installed packs change (start, import).
 */
public final class QuestionCatalogRepository {

    private static final String UPSERT_QUESTION = """
            INSERT INTO question_catalog (pack_id, question_id, level) VALUES (?, ?, ?)
            ON CONFLICT (pack_id, question_id) DO UPDATE SET level = excluded.level""";
    private static final String DELETE_TAGS = "DELETE FROM question_tags WHERE pack_id = ? AND question_id = ?";
    private static final String INSERT_TAG = """
            INSERT OR IGNORE INTO question_tags (tag, pack_id, question_id) VALUES (?, ?, ?)""";

    private final Database database;

    public QuestionCatalogRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Writes the level and tags of every question in the library, replacing what an earlier
     * version of the same pack said; one transaction.
     *
     * @throws StorageException if it cannot be written; nothing was changed
     */
    public void record(PackLibrary library) {
        database.inTransaction("record the installed questions", c -> {
            try (PreparedStatement upsert = c.prepareStatement(UPSERT_QUESTION);
                 PreparedStatement deleteTags = c.prepareStatement(DELETE_TAGS);
                 PreparedStatement insertTag = c.prepareStatement(INSERT_TAG)) {
                for (LibraryQuestion q : library.questions()) {
                    String packId = q.pack().pack().id();
                    String questionId = q.question().id();
                    upsert.setString(1, packId);
                    upsert.setString(2, questionId);
                    upsert.setString(3, q.question().level().name().toLowerCase(Locale.ROOT));
                    upsert.executeUpdate();
                    deleteTags.setString(1, packId);
                    deleteTags.setString(2, questionId);
                    deleteTags.executeUpdate();
                    for (String tag : q.question().tags()) {
                        insertTag.setString(1, tag);
                        insertTag.setString(2, packId);
                        insertTag.setString(3, questionId);
                        insertTag.executeUpdate();
                    }
                }
            }
            return null;
        });
    }
}
