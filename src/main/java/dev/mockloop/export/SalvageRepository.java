package dev.mockloop.export;

import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what a damaged (or too-new) database still holds, attempt by attempt, for
 * {@link Salvage}: the table is scanned without its indexes (an index page is what breaks
 * most often), and an attempt that cannot be read is counted and skipped, not fatal.
 */
final class SalvageRepository {

    private static final String IDS = "SELECT id FROM attempts NOT INDEXED ORDER BY id";
    private static final String DRAFT = "SELECT draft_json FROM round_draft NOT INDEXED";

    private final Database database;

    SalvageRepository(Database database) {
        this.database = database;
    }

    /** @return the ids of the attempts whose rows can still be read */
    List<Long> attemptIds() {
        return database.read("list the attempts that can still be read", c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(IDS); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            } catch (SQLException damagedPartWay) {
                // keep the ids read before the damage
            }
            return ids;
        });
    }

    /**
     * Hands each readable attempt to {@code sink}.
     *
     * @return how many attempts could not be read
     */
    int forEachReadable(List<Long> ids, AttemptRepository.Sink sink) {
        return new AttemptRepository(database).forEachReadable(ids, sink);
    }

    /** @return the autosaved round's JSON, if it can be read */
    Optional<String> draftJson() {
        return database.read("read the autosaved round", c -> {
            try (PreparedStatement select = c.prepareStatement(DRAFT); ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.<String>empty();
            } catch (SQLException damagedOrMissing) {
                return Optional.<String>empty();
            }
        });
    }
}
