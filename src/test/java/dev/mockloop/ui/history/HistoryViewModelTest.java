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
import dev.mockloop.pack.InstalledPack;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.review.HistoryFilter;
import dev.mockloop.review.HistoryRow;
import dev.mockloop.review.HistorySort;
import dev.mockloop.review.ReviewStore;
import dev.mockloop.storage.Database;
import dev.mockloop.ui.common.DirectTaskRunner;
import dev.mockloop.ui.common.SavedAttempts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history list: filters, order, delete with Undo, and what it says when reading fails. */
class HistoryViewModelTest {

    private static final PackLibrary LIBRARY = new PackLibrary(BundledPacks.load(new PackReader()));
    private static final InstalledPack FIRST_PACK = LIBRARY.packs().get(0);
    private static final InstalledPack OTHER_PACK = LIBRARY.packs().get(1);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Database db;
    private AttemptRepository attempts;
    private HistoryViewModel model;
    private final List<Attempt> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("m.db"));
        attempts = new AttemptRepository(db, CLOCK);
        ReviewStore review = new ReviewStore(db, CLOCK);
        review.catalog().record(LIBRARY);
        model = new HistoryViewModel(review, attempts, new PhaseStatsRepository(db), new DirectTaskRunner(),
                () -> LIBRARY);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static LibraryQuestion question(InstalledPack pack, int index) {
        return LIBRARY.question(pack.pack().id(), pack.pack().questions().get(index).id()).orElseThrow();
    }

    /** Two attempts at the first pack, one at the other, one unfinished: a day apart, oldest first. */
    private void saveFour() {
        save(question(FIRST_PACK, 0), "2026-03-01T09:00:00Z", Verdict.HIRE);
        save(question(FIRST_PACK, 1), "2026-03-02T09:00:00Z", Verdict.NO_HIRE);
        save(question(OTHER_PACK, 0), "2026-03-03T09:00:00Z", Verdict.HIRE);
        save(question(OTHER_PACK, 1), "2026-03-04T09:00:00Z", null);
    }

    private Attempt save(LibraryQuestion q, String start, Verdict verdict) {
        Attempt a = attempts.save(SavedAttempts.of(q, Instant.parse(start), 3, verdict));
        saved.add(a);
        return a;
    }

    private List<Long> shownIds() {
        return IntStream.range(0, model.rows().size()).mapToObj(i -> model.rows().get(i)).map(HistoryRow::id).toList();
    }

    @Test
    void theListShowsEveryAttemptNewestFirst() {
        saveFour();

        model.load();

        assertEquals(4, model.totalProperty().get());
        assertEquals(List.of(saved.get(3).id(), saved.get(2).id(), saved.get(1).id(), saved.get(0).id()), shownIds());
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void aPackFilterNarrowsTheTotalAndClearingTheFiltersBringsEveryAttemptBack() {
        saveFour();
        model.load();

        model.packFilterProperty().set(FIRST_PACK.pack().id());

        assertEquals(2, model.totalProperty().get());
        assertEquals(List.of(saved.get(1).id(), saved.get(0).id()), shownIds());
        model.clearFilters();
        assertEquals(4, model.totalProperty().get());
    }

    @Test
    void filtersCombine() {
        saveFour();
        model.load();

        model.packFilterProperty().set(FIRST_PACK.pack().id());
        model.outcomeFilterProperty().set(HistoryFilter.Outcome.HIRE);

        assertEquals(List.of(saved.get(0).id()), shownIds());
    }

    @Test
    void theUnfinishedFilterShowsOnlyRoundsKeptWithoutAScore() {
        saveFour();
        model.load();

        model.outcomeFilterProperty().set(HistoryFilter.Outcome.UNFINISHED);

        assertEquals(List.of(saved.get(3).id()), shownIds());
    }

    @Test
    void searchingAWordOfATitleFindsOnlyThoseAttempts() {
        saveFour();
        model.load();
        String title = saved.get(2).questionTitle();
        String word = java.util.Arrays.stream(title.split("\\W+")).filter(w -> w.length() > 5).findFirst().orElseThrow();
        long expected = saved.stream().filter(a -> (a.questionTitle() + " " + a.notes() + " " + a.reflection())
                .toLowerCase().contains(word.toLowerCase())).count();

        model.searchProperty().set(word);

        assertEquals(expected, model.totalProperty().get());
        assertTrue(shownIds().contains(saved.get(2).id()));
        model.searchProperty().set("zzqx-nothing-like-this");
        assertEquals(0, model.totalProperty().get());
        assertEquals(0, model.rows().size());
    }

    @Test
    void sortingOldestFirstReversesTheList() {
        saveFour();
        model.load();

        model.sortProperty().set(new HistorySort(HistorySort.Column.DATE, null, true));

        assertEquals(saved.stream().map(Attempt::id).toList(), shownIds());
    }

    @Test
    void deletingAnAttemptOffersUndoAndUndoBringsItBack() {
        saveFour();
        model.load();
        Attempt gone = saved.get(1);
        boolean[] done = {false};

        model.delete(gone.id(), () -> done[0] = true);

        assertTrue(done[0]);
        assertEquals(3, model.totalProperty().get());
        assertTrue(!shownIds().contains(gone.id()));
        assertEquals("Deleted \u201c" + gone.questionTitle() + "\u201d.", model.noticeProperty().get());
        assertNotNull(model.deletedProperty().get(), "Undo is offered");

        model.undoDelete();

        assertEquals(4, model.totalProperty().get());
        assertTrue(shownIds().contains(gone.id()), "back under its old id");
        assertEquals("Restored \u201c" + gone.questionTitle() + "\u201d.", model.noticeProperty().get());
        assertNull(model.deletedProperty().get(), "nothing left to undo");
        assertEquals(gone.notes(), attempts.find(gone.id()).orElseThrow().notes());
    }

    @Test
    void theFilterChoicesListInstalledPacksFirstThenPacksOnlyTheHistoryKnows() {
        saveFour();
        attempts.save(new Attempt(null, "someone.removed", "1.0.0", "q", "A question from a removed pack", "", "",
                "f", "F", Instant.parse("2026-03-05T09:00:00Z"), Instant.parse("2026-03-05T09:45:00Z"), List.of(), "",
                null, null, List.of(), List.of(), Verdict.HIRE, ""));

        model.load();

        List<String> installed = LIBRARY.packs().stream().map(p -> p.pack().id()).toList();
        assertEquals(installed, model.packs().subList(0, installed.size()));
        assertEquals("someone.removed", model.packs().get(model.packs().size() - 1));
        assertEquals(FIRST_PACK.pack().title(), model.packTitle(FIRST_PACK.pack().id()));
        assertEquals("someone.removed", model.packTitle("someone.removed"), "a removed pack is named by its id");
        assertTrue(model.failureModes().stream().anyMatch(f -> f.id().equals(saved.get(0).failureModes().get(0).failureModeId())));
        assertEquals(FIRST_PACK.pack().rubric().dimensions().get(0).id(), model.dimensions().get(0).id(),
                "score columns in rubric order");
    }

    @Test
    void thePacingLineNamesThePhaseThatOverrunsOnAverage() {
        saveFour();

        model.load();

        // Every saved attempt spent 9:00 in a 5:00 requirements phase and kept to the design phase.
        assertEquals("Requirements overruns by +4:00 on average (4 rounds)", model.pacingProperty().get());
    }

    @Test
    void openingAnAttemptHandsItOverWholeAndAMissingOneSaysSo() {
        saveFour();
        List<Attempt> opened = new ArrayList<>();

        model.open(saved.get(2).id(), opened::add);
        model.open(9_999, opened::add);

        assertEquals(List.of(saved.get(2).id()), opened.stream().map(Attempt::id).toList());
        assertEquals(saved.get(2).notes(), opened.get(0).notes());
        assertTrue(model.errorProperty().get().startsWith("Could not open the attempt"), model.errorProperty().get());
    }

    @Test
    void aHistoryThatCannotBeReadSaysSo() {
        db.close();

        model.load();

        assertTrue(model.errorProperty().get().startsWith("Could not read your history: "), model.errorProperty().get());
    }
}
