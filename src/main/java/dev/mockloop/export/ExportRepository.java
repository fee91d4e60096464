package dev.mockloop.export;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.storage.Database;
import dev.mockloop.storage.StorageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads every attempt, oldest first, one at a time, for the exports: only the attempt
 * being written is in memory. Runs in one read transaction, so an export is a consistent
 * snapshot. Call it off the UI thread.
 */
public final class ExportRepository {

    private static final String IDS = "SELECT id FROM attempts INDEXED BY attempts_history ORDER BY started_at, id";

    private final Database database;

    public ExportRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Receives attempts one by one; may write to a file. */
    @FunctionalInterface
    public interface Sink {
        void accept(Attempt attempt) throws IOException;
    }

    /**
     * @return how many attempts were handed over
     * @throws StorageException if the database fails
     * @throws UncheckedIOException if the sink fails to write
     */
    public int forEach(Sink sink) {
        return database.read("export the attempts", c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(IDS); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
            int n = 0;
            for (long id : ids) {
                Attempt attempt = AttemptRepository.findIn(c, id).orElse(null);
                if (attempt != null) {
                    try {
                        sink.accept(attempt);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    n++;
                }
            }
            return n;
        });
    }
}
