package dev.mockloop.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.attempt.DimensionScore;
import dev.mockloop.attempt.ScoringEdit;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.review.ReviewStore;
import dev.mockloop.storage.Database;
import dev.mockloop.ui.common.DirectTaskRunner;
import dev.mockloop.ui.common.SavedAttempts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing an attempt's scoring afterwards, from its page. */
class ScoringEditModelTest {

    private static final PackLibrary LIBRARY = new PackLibrary(BundledPacks.load(new PackReader()));
    private static final LibraryQuestion QUESTION = LIBRARY.questions().get(0);
    private static final Instant START = Instant.parse("2026-03-10T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-12T18:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Database db;
    private AttemptRepository attempts;
    private ReviewStore review;
    private final AtomicInteger savedCalls = new AtomicInteger();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("m.db"));
        attempts = new AttemptRepository(db, CLOCK);
        review = new ReviewStore(db, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ScoringEditModel editing(Attempt attempt, PackLibrary library) {
        return new ScoringEditModel(attempts.save(attempt), library, review, new DirectTaskRunner());
    }

    @Test
    void theEditorOpensOnTheSavedScoresAndCanBeSavedAsItIs() {
        ScoringEditModel model = editing(SavedAttempts.of(QUESTION, START, 2, Verdict.NO_HIRE), LIBRARY);

        assertTrue(model.sheet().dimensions().stream().allMatch(d -> d.level().get() == 2));
        assertEquals(Verdict.NO_HIRE, model.sheet().verdictProperty().get());
        assertEquals("reflection on " + QUESTION.question().title(), model.sheet().textProperty().get());
        assertTrue(model.canSave().get());
    }

    @Test
    void savingAnEditChangesTheAttemptAndKeepsTheOriginalScoring() {
        ScoringEditModel model = editing(SavedAttempts.of(QUESTION, START, 2, Verdict.NO_HIRE), LIBRARY);
        long id = model.attempt().id();

        model.sheet().dimensions().get(0).level().set(4);
        model.sheet().verdictProperty().set(Verdict.LEAN_HIRE);
        model.sheet().textProperty().set("On a second look the API was fine.");
        model.save(savedCalls::incrementAndGet);

        assertEquals(1, savedCalls.get(), "the page is told once the edit is committed");
        Attempt now = attempts.find(id).orElseThrow();
        assertEquals(Verdict.LEAN_HIRE, now.verdict());
        assertEquals(4, now.scores().get(0).score());
        assertEquals(QUESTION.pack().pack().rubric().dimensions().get(0).descriptor(4), now.scores().get(0).descriptor(),
                "the new level's wording from the rubric");
        assertEquals("On a second look the API was fine.", now.reflection());
        ScoringEdit.Revision revision = review.edits().revision(id).orElseThrow();
        assertEquals(Verdict.NO_HIRE, revision.original().verdict());
        assertEquals(CLOCK.instant(), revision.editedAt());
    }

    @Test
    void anUnfinishedRoundIsScoredOnItsPacksRubricAndCannotBeSavedUntilComplete() {
        ScoringEditModel model = editing(SavedAttempts.of(QUESTION, START, 0, null), LIBRARY);

        assertEquals(QUESTION.pack().pack().rubric().dimensions().size(), model.sheet().dimensions().size());
        assertFalse(model.canSave().get(), "nothing picked yet");
        model.save(savedCalls::incrementAndGet);
        assertEquals(0, savedCalls.get(), "Save does nothing while the sheet is incomplete");

        model.sheet().dimensions().forEach(d -> d.level().set(3));
        assertFalse(model.canSave().get(), "still no verdict");
        model.sheet().verdictProperty().set(Verdict.HIRE);
        assertTrue(model.canSave().get());
        model.save(savedCalls::incrementAndGet);

        Attempt now = attempts.find(model.attempt().id()).orElseThrow();
        assertEquals(Verdict.HIRE, now.verdict());
        assertEquals(QUESTION.pack().pack().rubric().dimensions().size(), now.scores().size());
    }

    @Test
    void withItsPackRemovedTheScoredDimensionsAreEditedAndUnchangedOnesKeepTheirWording() {
        Attempt saved = SavedAttempts.of(QUESTION, START, 2, Verdict.NO_HIRE);
        PackLibrary without = LIBRARY.without(QUESTION.pack().pack().id());
        ScoringEditModel model = editing(saved, without);

        assertEquals(saved.scores().stream().map(DimensionScore::title).toList(),
                model.sheet().dimensions().stream().map(d -> d.dimension().title()).toList());
        model.sheet().dimensions().get(1).level().set(3);
        model.save(savedCalls::incrementAndGet);

        List<DimensionScore> now = attempts.find(model.attempt().id()).orElseThrow().scores();
        assertEquals(saved.scores().get(0).descriptor(), now.get(0).descriptor(), "level unchanged: wording kept");
        assertEquals(3, now.get(1).score());
        assertEquals(null, now.get(1).descriptor(), "no rubric left to word the new level");
    }

    @Test
    void aFailedSaveSaysSoKeepsTheChangesAndCanBeTriedAgain() {
        ScoringEditModel model = editing(SavedAttempts.of(QUESTION, START, 2, Verdict.NO_HIRE), LIBRARY);
        model.sheet().verdictProperty().set(Verdict.HIRE);
        db.close();

        model.save(savedCalls::incrementAndGet);

        assertEquals(0, savedCalls.get());
        assertTrue(model.errorProperty().get().startsWith("Not saved: "), model.errorProperty().get());
        assertTrue(model.errorProperty().get().endsWith("Your changes are still here; try again."));
        assertEquals(Verdict.HIRE, model.sheet().verdictProperty().get());
        assertTrue(model.canSave().get());
    }
}
