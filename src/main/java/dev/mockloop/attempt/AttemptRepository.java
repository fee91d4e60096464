package dev.mockloop.attempt;

import dev.mockloop.storage.Database;
import dev.mockloop.storage.SqlWork;
import dev.mockloop.storage.StorageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Saves attempts and reads them whole: the one writer of the attempt tables (edits and
 * deletes aside, {@link AttemptEditRepository}). The other readers each serve one concern
 * and read only the columns it needs: the history's pages and filters
 * ({@code review.HistoryRepository}), the practice schedule ({@code review.PracticeRepository}),
 * the progress totals ({@code review.ProgressRepository}) and the pacing summary
 * ({@link PhaseStatsRepository}).
 *
 * <p>Call it from the background thread that owns the {@link Database}, never from the UI
 * thread. Every method throws {@link StorageException} when the database fails.
 */
public final class AttemptRepository {

    // One query: the per-attempt sums run on the children's primary key (attempt_id first).
    private static final String SELECT_SUMMARIES = """
            SELECT a.id, a.started_at, a.question_title, a.pack_id, a.verdict,
                (SELECT COALESCE(SUM(p.actual_ms), 0) FROM attempt_phases p
                    WHERE p.attempt_id = a.id) AS duration_ms,
                (SELECT AVG(s.score) FROM attempt_scores s
                    WHERE s.attempt_id = a.id) AS mean_score
            FROM attempts a
            ORDER BY a.started_at DESC, a.id DESC""";
    private static final String SELECT_QUESTION_KEYS =
            "SELECT DISTINCT pack_id, question_id FROM attempts";
    private static final String IDS_OLDEST_FIRST =
            "SELECT id FROM attempts INDEXED BY attempts_history ORDER BY started_at, id";
    private static final String COUNT = "SELECT COUNT(*) FROM attempts";
    private static final String COUNT_BY_PACK = "SELECT pack_id, COUNT(*) FROM attempts GROUP BY pack_id";

    private final Database database;
    private final Clock clock;

    /** Stamps saved rows with the system clock. */
    public AttemptRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    /**
     * @param database the open database
     * @param clock    the clock for each row's {@code created_at}; its zone decides the
     *                 calendar day an attempt counts for in history filters and progress
     */
    public AttemptRepository(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Stores a new attempt with all its phases, scores and failure modes in one
     * transaction: if any part fails, nothing is stored.
     *
     * <p>Times are stored in whole milliseconds (epoch ms, UTC); the returned attempt carries
     * the stored times, so it holds the same values {@link #find(long)} later returns.
     *
     * @param attempt an attempt not yet saved ({@code id} null)
     * @return the attempt as stored, with its new id
     * @throws IllegalArgumentException if the attempt already has an id
     * @throws StorageException if it cannot be stored; nothing was written
     */
    public Attempt save(Attempt attempt) {
        return save(attempt, connection -> null);
    }

    /**
     * Saves an attempt and, in the same transaction, runs {@code also} (e.g. clears the
     * autosaved draft of the round), so both happen or neither does.
     *
     * @throws IllegalArgumentException if the attempt already has an id
     * @throws StorageException if it cannot be stored; nothing was written
     */
    public Attempt save(Attempt attempt, SqlWork<?> also) {
        if (attempt.id() != null) {
            throw new IllegalArgumentException("attempt " + attempt.id() + " is already saved");
        }
        Attempt stored = toWholeMillis(attempt);
        long createdAt = clock.millis();
        long id = database.inTransaction("save the attempt", connection -> {
            long newId = AttemptRowRepository.insertAttempt(connection, stored, createdAt, day(stored.startedAt()));
            AttemptRowRepository.insertChildren(connection, newId, stored);
            also.run(connection);
            return newId;
        });
        return stored.withId(id);
    }

    /**
     * @param id an attempt's database id
     * @return the whole attempt, its lists in their saved order, or empty if there is none
     *         with that id
     * @throws StorageException if it cannot be read, or a stored value no longer fits the
     *                          records (e.g. an unknown verdict)
     */
    public Optional<Attempt> find(long id) {
        return database.read("read attempt " + id, connection -> AttemptRowRepository.find(connection, id));
    }

    /** Receives attempts one by one; may write to a file. */
    @FunctionalInterface
    public interface Sink {
        void accept(Attempt attempt) throws IOException;
    }

    /**
     * Hands every attempt over, oldest first, one at a time, so only the attempt being
     * written is in memory (the exports). Runs in one read transaction: a consistent snapshot.
     *
     * @return how many attempts were handed over
     * @throws StorageException if the database fails
     * @throws UncheckedIOException if the sink fails to write
     */
    public int forEach(Sink sink) {
        return database.read("export the attempts", c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(IDS_OLDEST_FIRST); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
            int n = 0;
            for (long id : ids) {
                Attempt attempt = AttemptRowRepository.find(c, id).orElse(null);
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

    /**
     * Hands over each of {@code ids} that can still be read, in that order, for salvaging a
     * damaged database: an attempt whose rows fail to read (or are gone) is counted and skipped,
     * not fatal. Runs in one read transaction.
     *
     * @param ids attempt ids, e.g. from a scan of the table without its indexes
     * @return how many of {@code ids} could not be read
     * @throws StorageException if the database cannot be read at all
     * @throws UncheckedIOException if the sink fails to write
     */
    public int forEachReadable(List<Long> ids, Sink sink) {
        return database.read("read the attempts that can still be read", c -> {
            int unreadable = 0;
            for (long id : ids) {
                Optional<Attempt> attempt;
                try {
                    attempt = AttemptRowRepository.find(c, id);
                } catch (SQLException | RuntimeException damaged) {
                    unreadable++;
                    continue;
                }
                if (attempt.isEmpty()) {
                    unreadable++;
                    continue;
                }
                try {
                    sink.accept(attempt.get());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return unreadable;
        });
    }

    /**
     * @return every attempt, newest start first (ties: the later-saved first), with its
     *         duration (sum of the phases' actual ms, zero with no phases) and mean score
     *         (NaN with no scores)
     * @throws StorageException if they cannot be read
     */
    public List<AttemptSummary> listSummaries() {
        return database.read("list the attempts", connection -> {
            List<AttemptSummary> summaries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(SELECT_SUMMARIES);
                 ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    double mean = row.getDouble("mean_score");
                    if (row.wasNull()) {
                        mean = Double.NaN;
                    }
                    summaries.add(new AttemptSummary(
                            row.getLong("id"),
                            Instant.ofEpochMilli(row.getLong("started_at")),
                            row.getString("question_title"),
                            row.getString("pack_id"),
                            Duration.ofMillis(row.getLong("duration_ms")),
                            AttemptRowRepository.verdict(row.getString("verdict")),
                            mean));
                }
            }
            return List.copyOf(summaries);
        });
    }

    /**
     * @return {@code packId + "/" + questionId} of every question attempted at least once,
     *         e.g. "core/url-shortener"; unmodifiable
     * @throws StorageException if they cannot be read
     */
    public Set<String> attemptedQuestionKeys() {
        return database.read("list the attempted questions", connection -> {
            Set<String> keys = new LinkedHashSet<>();
            try (PreparedStatement select = connection.prepareStatement(SELECT_QUESTION_KEYS);
                 ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    keys.add(row.getString(1) + "/" + row.getString(2));
                }
            }
            return Collections.unmodifiableSet(keys);
        });
    }

    /**
     * @return the number of saved attempts
     * @throws StorageException if it cannot be read
     */
    public int count() {
        return database.read("count the attempts", connection -> {
            try (PreparedStatement select = connection.prepareStatement(COUNT);
                 ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    /**
     * @return the number of saved attempts per pack id, including packs no longer
     *         installed; packs without attempts are absent; unmodifiable
     * @throws StorageException if they cannot be read
     */
    public java.util.Map<String, Integer> countsByPack() {
        return database.read("count the attempts per pack", connection -> {
            java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
            try (PreparedStatement select = connection.prepareStatement(COUNT_BY_PACK);
                 ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    counts.put(row.getString(1), row.getInt(2));
                }
            }
            return Collections.unmodifiableMap(counts);
        });
    }

    /** @return the calendar day of an instant in the clock's zone, as days since 1970-01-01 */
    long day(Instant instant) {
        return instant.atZone(clock.getZone()).toLocalDate().toEpochDay();
    }


    /** The attempt as stored: times in whole ms, and a round id (made now if it had none). */
    private static Attempt toWholeMillis(Attempt a) {
        return new Attempt(a.id(), a.packId(), a.packVersion(), a.questionId(), a.questionTitle(),
                a.behavioralPrompt(), a.designPrompt(), a.frameworkId(), a.frameworkTitle(),
                a.startedAt().truncatedTo(ChronoUnit.MILLIS), a.endedAt().truncatedTo(ChronoUnit.MILLIS),
                a.phases(), a.notes(), a.sketchJson(), a.sketchPng(), a.scores(), a.failureModes(),
                a.verdict(), a.reflection(), a.probes(),
                a.roundId() == null ? java.util.UUID.randomUUID().toString() : a.roundId(), a.inStats());
    }
}
