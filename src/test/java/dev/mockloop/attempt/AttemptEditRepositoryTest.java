package dev.mockloop.attempt;

import static dev.mockloop.attempt.SampleAttempts.assertSameAttempt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttemptEditRepositoryTest {

    private static final Instant FIRST_EDIT = Instant.parse("2025-03-20T08:00:00Z");

    @TempDir
    Path dir;
    private Database database;
    private AttemptRepository attempts;
    private MutableClock clock;
    private AttemptEditRepository edits;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("m.db"));
        clock = new MutableClock(FIRST_EDIT);
        attempts = new AttemptRepository(database, clock);
        edits = new AttemptEditRepository(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void editReplacesTheScoringAndKeepsTheOriginalFromTheFirstEdit() {
        Attempt saved = attempts.save(SampleAttempts.full());
        ScoringEdit first = new ScoringEdit(Verdict.HIRE, List.of(new DimensionScore("dim-3", "Dimension 3", 4, "great")),
                "On reflection it went well.");

        edits.edit(saved.id(), first);
        clock.now = FIRST_EDIT.plusSeconds(3600);
        edits.edit(saved.id(), new ScoringEdit(Verdict.STRONG_HIRE, first.scores(), "Even better."));

        Attempt now = attempts.find(saved.id()).orElseThrow();
        assertEquals(Verdict.STRONG_HIRE, now.verdict());
        assertEquals("Even better.", now.reflection());
        assertEquals(first.scores(), now.scores());
        ScoringEdit.Revision revision = edits.revision(saved.id()).orElseThrow();
        assertEquals(FIRST_EDIT.plusSeconds(3600), revision.editedAt(), "the last edit's time");
        assertEquals(ScoringEdit.of(saved), revision.original(), "the scoring as first saved");
        assertEquals(saved.notes(), now.notes(), "the rest of the attempt is untouched");
    }

    @Test
    void neverEditedAttemptHasNoRevision() {
        Attempt saved = attempts.save(SampleAttempts.minimal());
        assertTrue(edits.revision(saved.id()).isEmpty());
    }

    @Test
    void editOfAMissingAttemptFailsAndWritesNothing() {
        assertThrows(IllegalArgumentException.class, () -> edits.edit(99, new ScoringEdit(Verdict.HIRE, List.of(), "")));
        assertEquals(0, attempts.count());
    }

    @Test
    void undoOfADeletePutsTheAttemptBackUnderItsIdWithItsEditHistory() {
        Attempt saved = attempts.save(SampleAttempts.full());
        attempts.save(SampleAttempts.minimal());
        edits.edit(saved.id(), new ScoringEdit(Verdict.NO_HIRE, saved.scores(), "Worse than I thought."));
        Attempt edited = attempts.find(saved.id()).orElseThrow();
        ScoringEdit.Revision revision = edits.revision(saved.id()).orElseThrow();

        DeletedAttempt deleted = edits.delete(saved.id());
        assertTrue(attempts.find(saved.id()).isEmpty());
        assertEquals(1, attempts.count());

        edits.undoDelete(deleted);
        assertSameAttempt(edited, attempts.find(saved.id()).orElseThrow());
        assertEquals(revision, edits.revision(saved.id()).orElseThrow());
        assertEquals(saved.id() + 2, attempts.save(SampleAttempts.minimal()).id(), "ids still never reused");
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
