package dev.mockloop.framework;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockloop.pack.Framework;
import dev.mockloop.pack.Phase;
import dev.mockloop.storage.Database;
import dev.mockloop.storage.StorageException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's own frameworks, stored in the database (phases as JSON in the pack format's
 * shape). Call it off the UI thread; every method throws {@link StorageException} when
 * the database fails.
 */
public final class FrameworkRepository {

    private static final String SELECT_ALL = "SELECT id, title, phases_json FROM user_frameworks ORDER BY title, id";
    private static final String UPSERT = """
            INSERT INTO user_frameworks (id, title, phases_json, updated_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, phases_json = excluded.phases_json,
                updated_at = excluded.updated_at""";
    private static final String DELETE = "DELETE FROM user_frameworks WHERE id = ?";
    private static final TypeReference<List<Phase>> PHASES = new TypeReference<>() { };

    private final Database database;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public FrameworkRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** @return every user framework, by title */
    public List<Framework> list() {
        return database.read("list your frameworks", connection -> {
            List<Framework> frameworks = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(SELECT_ALL);
                 ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    frameworks.add(new Framework(row.getString(1), row.getString(2), "Your own framework",
                            phases(row.getString(3))));
                }
            }
            return List.copyOf(frameworks);
        });
    }

    /**
     * Creates the framework, or replaces the one with the same id.
     *
     * @throws IllegalArgumentException if it breaks {@link FrameworkRules}
     */
    public void save(Framework framework) {
        List<String> problems = FrameworkRules.check(framework);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        String phasesJson = toJson(framework.phases());
        database.inTransaction("save framework " + framework.title(), connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                upsert.setString(1, framework.id());
                upsert.setString(2, framework.title());
                upsert.setString(3, phasesJson);
                upsert.setLong(4, clock.millis());
                return upsert.executeUpdate();
            }
        });
    }

    /** Deletes the framework with this id; attempts made with it keep its title and phases. */
    public void delete(String id) {
        database.inTransaction("delete framework " + id, connection -> {
            try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
                delete.setString(1, id);
                return delete.executeUpdate();
            }
        });
    }

    private List<Phase> phases(String text) throws java.sql.SQLException {
        try {
            return json.readValue(text, PHASES);
        } catch (JsonProcessingException e) {
            throw new java.sql.SQLException("a stored framework's phases are not readable JSON: " + e.getOriginalMessage(), e);
        }
    }

    private String toJson(List<Phase> phases) {
        try {
            return json.writeValueAsString(phases);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("phases could not be written as JSON", e);
        }
    }
}
