package dev.mockloop.attempt;

import static dev.mockloop.attempt.SampleAttempts.START;
import static dev.mockloop.attempt.SampleAttempts.assertSameAttempt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.storage.Database;
import dev.mockloop.storage.StorageException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttemptRepositoryTest {

    private static final Instant NOW = Instant.parse("2025-03-14T10:00:00Z");

    @TempDir
    Path dir;
    private Path file;
    private Database database;
    private AttemptRepository repository;

    @BeforeEach
    void open() {
        file = dir.resolve("mockloop.db");
        database = Database.open(file);
        repository = new AttemptRepository(database, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void savedAttemptReadsBackWithEveryField() {
        Attempt saved = repository.save(SampleAttempts.full());

        Attempt found = repository.find(saved.id()).orElseThrow();

        assertSameAttempt(SampleAttempts.full().withId(saved.id()), found);
    }

    @Test
    void attemptWithOnlyRequiredFieldsReadsBackWithItsNullsAndEmptyParts() {
        Attempt saved = repository.save(SampleAttempts.minimal());

        Attempt found = repository.find(saved.id()).orElseThrow();

        assertSameAttempt(SampleAttempts.minimal().withId(saved.id()), found);
        assertEquals(0, found.sketchPng().length);
        assertEquals("", found.notes());
    }

    @Test
    void saveReturnsTheAttemptWithANewIdEachTime() {
        Attempt first = repository.save(SampleAttempts.full());
        Attempt second = repository.save(SampleAttempts.full());

        assertTrue(second.id() > first.id(), first.id() + " then " + second.id());
        assertSameAttempt(SampleAttempts.full().withId(first.id()), first);
    }

    @Test
    void idOfADeletedAttemptIsNotReused() throws Exception {
        long first = repository.save(SampleAttempts.full()).id();
        database.inTransaction(c -> {
            try (Statement delete = c.createStatement()) {
                return delete.executeUpdate("DELETE FROM attempts");
            }
        });

        long second = repository.save(SampleAttempts.full()).id();

        assertTrue(second > first);
    }

    @Test
    void timesAreStoredInWholeMillisecondsAndSaveReturnsWhatIsStored() {
        Instant withMicros = Instant.parse("2025-03-14T09:00:00.123456789Z");
        Attempt saved = repository.save(SampleAttempts.full("core", "q", withMicros, List.of(2)));

        Attempt found = repository.find(saved.id()).orElseThrow();

        assertEquals(Instant.parse("2025-03-14T09:00:00.123Z"), saved.startedAt());
        assertSameAttempt(saved, found);
    }

    @Test
    void findOfAnUnknownIdIsEmpty() {
        repository.save(SampleAttempts.full());

        assertEquals(Optional.empty(), repository.find(999));
    }

    @Test
    void savingAnAlreadySavedAttemptIsRefused() {
        Attempt saved = repository.save(SampleAttempts.full());

        assertThrows(IllegalArgumentException.class, () -> repository.save(saved));
        assertEquals(1, repository.count());
    }

    @Test
    void failedSaveWritesNothing() {
        // The failure-mode rows are inserted last: make that insert fail, after the attempt,
        // phase and score rows went in.
        database.inTransaction(c -> {
            try (Statement ddl = c.createStatement()) {
                return ddl.execute("CREATE TRIGGER refuse BEFORE INSERT ON attempt_failure_modes"
                        + " BEGIN SELECT RAISE(ABORT, 'refused by test'); END");
            }
        });

        StorageException e = assertThrows(StorageException.class, () -> repository.save(SampleAttempts.full()));

        assertTrue(e.getMessage().contains("save the attempt"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("refused by test"), e.getMessage());
        assertEquals(0, repository.count());
        assertEquals(0, rowCount("attempt_phases") + rowCount("attempt_scores"));
    }

    @Test
    void summariesAreNewestFirstWithMeanScoreAndDuration() {
        Attempt older = repository.save(SampleAttempts.full("core", "a", START, List.of(1, 2)));
        Attempt newest = repository.save(SampleAttempts.full("core", "b", START.plusSeconds(3600), List.of(3, 4, 4)));
        Attempt sameStartSavedLater = repository.save(SampleAttempts.full("extra", "c", START, List.of(4)));

        List<AttemptSummary> summaries = repository.listSummaries();

        assertEquals(List.of(newest.id(), sameStartSavedLater.id(), older.id()),
                summaries.stream().map(AttemptSummary::id).toList());
        AttemptSummary top = summaries.get(0);
        assertEquals(START.plusSeconds(3600), top.startedAt());
        assertEquals("Design a URL shortener", top.questionTitle());
        assertEquals("core", top.packId());
        assertEquals(Verdict.LEAN_HIRE, top.verdict());
        assertEquals(11.0 / 3, top.meanScore(), 1e-9);
        assertEquals(newest.meanScore(), top.meanScore(), 1e-9);
        assertEquals(Duration.ofMillis(412_345 + 90_000 + 301_000), top.duration());
        assertEquals(newest.activeTime(), top.duration());
        assertEquals(1.5, summaries.get(2).meanScore(), 1e-9);
    }

    @Test
    void summaryOfAnAttemptWithoutScoresOrPhasesHasNaNMeanAndZeroDuration() {
        repository.save(SampleAttempts.minimal());

        AttemptSummary summary = repository.listSummaries().get(0);

        assertTrue(Double.isNaN(summary.meanScore()));
        assertEquals(Duration.ZERO, summary.duration());
    }

    @Test
    void noAttemptsGiveNoSummariesAndCountZero() {
        assertEquals(List.of(), repository.listSummaries());
        assertEquals(0, repository.count());
        assertEquals(Set.of(), repository.attemptedQuestionKeys());
    }

    @Test
    void attemptedQuestionKeysAreDistinctPackSlashQuestion() {
        repository.save(SampleAttempts.full("core", "url-shortener", START, List.of(2)));
        repository.save(SampleAttempts.full("core", "url-shortener", START, List.of(3)));
        repository.save(SampleAttempts.full("core", "chat", START, List.of(3)));
        repository.save(SampleAttempts.full("extra", "chat", START, List.of(3)));

        assertEquals(Set.of("core/url-shortener", "core/chat", "extra/chat"), repository.attemptedQuestionKeys());
    }

    @Test
    void countCountsSavedAttempts() {
        repository.save(SampleAttempts.full());
        repository.save(SampleAttempts.minimal());

        assertEquals(2, repository.count());
    }

    @Test
    void reopeningTheFileKeepsAttempts() {
        Attempt saved = repository.save(SampleAttempts.full());
        database.close();

        database = Database.open(file);
        repository = new AttemptRepository(database);

        assertEquals(1, repository.count());
        assertSameAttempt(saved, repository.find(saved.id()).orElseThrow());
    }

    @Test
    void rowIsStampedWithTheClockAndVerdictStoredByName() throws Exception {
        long id = repository.save(SampleAttempts.full()).id();

        String stored = database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT created_at, verdict FROM attempts WHERE id = ?")) {
                select.setLong(1, id);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getLong(1) + " " + row.getString(2);
                }
            }
        });

        assertEquals(NOW.toEpochMilli() + " LEAN_HIRE", stored);
    }

    @Test
    void deletingAnAttemptDeletesItsParts() {
        repository.save(SampleAttempts.full());

        database.inTransaction(c -> {
            try (Statement delete = c.createStatement()) {
                return delete.executeUpdate("DELETE FROM attempts");
            }
        });

        assertEquals(0, rowCount("attempt_phases") + rowCount("attempt_scores") + rowCount("attempt_failure_modes"));
    }

    private int rowCount(String table) {
        return database.read(c -> {
            try (Statement select = c.createStatement();
                 ResultSet row = select.executeQuery("SELECT COUNT(*) FROM " + table)) {
                row.next();
                return row.getInt(1);
            }
        });
    }
}
