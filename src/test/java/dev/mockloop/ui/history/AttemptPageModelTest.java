package dev.mockloop.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.attempt.PhaseStatsRepository;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.review.HistoryRow;
import dev.mockloop.review.ReviewStore;
import dev.mockloop.storage.Database;
import dev.mockloop.ui.common.DirectTaskRunner;
import dev.mockloop.ui.common.RecordingNavigator;
import dev.mockloop.ui.common.SavedAttempts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One saved attempt's page: the other attempts, the edit history, delete, compare and export. */
class AttemptPageModelTest {

    private static final PackLibrary LIBRARY = new PackLibrary(BundledPacks.load(new PackReader()));
    private static final LibraryQuestion QUESTION = LIBRARY.questions().get(0);
    private static final LibraryQuestion ANOTHER = LIBRARY.questions().get(1);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Database db;
    private AttemptRepository attempts;
    private ReviewStore review;
    private HistoryViewModel history;
    private final RecordingNavigator navigator = new RecordingNavigator();
    private Attempt older;
    private Attempt shown;
    private Attempt newer;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("m.db"));
        attempts = new AttemptRepository(db, CLOCK);
        review = new ReviewStore(db, CLOCK);
        history = new HistoryViewModel(review, attempts, new PhaseStatsRepository(db), new DirectTaskRunner(),
                () -> LIBRARY);
        older = attempts.save(SavedAttempts.of(QUESTION, Instant.parse("2026-03-01T09:00:00Z"), 2, Verdict.NO_HIRE));
        shown = attempts.save(SavedAttempts.of(QUESTION, Instant.parse("2026-03-05T09:00:00Z"), 3, Verdict.LEAN_HIRE));
        newer = attempts.save(SavedAttempts.of(QUESTION, Instant.parse("2026-03-09T09:00:00Z"), 4, Verdict.HIRE));
        attempts.save(SavedAttempts.of(ANOTHER, Instant.parse("2026-03-06T09:00:00Z"), 3, Verdict.HIRE));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private AttemptPageModel page(Attempt attempt, PackLibrary library) {
        AttemptPageModel model = new AttemptPageModel(attempt, review, library, new DirectTaskRunner(), history,
                navigator, ZoneId.of("Europe/Berlin"), dev.mockloop.ui.coach.TestCoverage.off());
        model.load();
        return model;
    }

    @Test
    void theOtherAttemptsAtTheSameQuestionAreListedNewestFirstWithoutThisOne() {
        AttemptPageModel model = page(shown, LIBRARY);

        assertEquals(List.of(newer.id(), older.id()), model.others().stream().map(HistoryRow::id).toList());
    }

    @Test
    void comparingPutsTheOlderAttemptOnTheLeft() {
        AttemptPageModel model = page(shown, LIBRARY);
        HistoryRow newerRow = model.others().get(0);
        HistoryRow olderRow = model.others().get(1);

        model.compareWith(newerRow);
        model.compareWith(olderRow);

        assertEquals(List.of("compare " + shown.id() + " " + newer.id(), "compare " + older.id() + " " + shown.id()),
                navigator.visits());
    }

    @Test
    void anEditedScoringShowsItsOriginalOnceThePageIsReopened() {
        AttemptPageModel model = page(shown, LIBRARY);
        assertNull(model.revisionProperty().get(), "never edited");

        ScoringEditModel edit = model.editScoring();
        edit.sheet().verdictProperty().set(Verdict.HIRE);
        edit.save(model::reopen);

        assertEquals("attempt " + shown.id(), navigator.last());
        AttemptPageModel reopened = page(attempts.find(shown.id()).orElseThrow(), LIBRARY);
        assertEquals(Verdict.HIRE, reopened.attempt().verdict());
        assertNotNull(reopened.revisionProperty().get());
        assertEquals(Verdict.LEAN_HIRE, reopened.revisionProperty().get().original().verdict());
        assertEquals(CLOCK.instant(), reopened.revisionProperty().get().editedAt());
    }

    @Test
    void deletingGoesBackToTheHistoryWhichOffersUndo() {
        history.load();
        AttemptPageModel model = page(shown, LIBRARY);

        model.delete();

        assertEquals("history", navigator.last());
        assertTrue(attempts.find(shown.id()).isEmpty());
        assertEquals(3, history.totalProperty().get());
        assertEquals(shown.id(), history.deletedProperty().get().attempt().id());
        history.undoDelete();
        assertTrue(attempts.find(shown.id()).isPresent());
    }

    @Test
    void exportingWritesTheMarkdownAndSaysWhere() throws IOException {
        AttemptPageModel model = page(shown, LIBRARY);
        Path file = dir.resolve(model.markdownName());

        model.exportMarkdown(file);

        assertEquals("mockloop-" + QUESTION.question().id() + "-" + shown.id() + ".md", model.markdownName());
        assertTrue(Files.readString(file).contains(QUESTION.question().title()));
        assertEquals("Exported to " + file + ".", model.statusProperty().get());
    }

    @Test
    void anExportThatCannotBeWrittenSaysNotExported() throws IOException {
        AttemptPageModel model = page(shown, LIBRARY);
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");

        model.exportMarkdown(blocker.resolve("attempt.md"));

        assertTrue(model.statusProperty().get().startsWith("Not exported: "), model.statusProperty().get());
    }

    @Test
    void theAnswerKeyIsThereWhileThePackIsInstalledAndGoneWithIt() {
        assertEquals(QUESTION.question(), page(shown, LIBRARY).question().orElseThrow());
        assertTrue(page(shown, LIBRARY.without(QUESTION.pack().pack().id())).question().isEmpty());
    }

    @Test
    void backToHistoryLeavesForTheList() {
        page(shown, LIBRARY).backToHistory();

        assertEquals(List.of("history"), navigator.visits());
    }
}
