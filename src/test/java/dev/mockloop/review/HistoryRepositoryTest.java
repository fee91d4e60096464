package dev.mockloop.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.Level;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryRepositoryTest {

    private static final String BAR = "mockloop.bar-raiser";
    private static final String ML = "mockloop.ml-design";

    @TempDir
    Path dir;
    private Database database;
    private AttemptRepository attempts;
    private HistoryRepository history;
    private PackLibrary library;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("m.db"));
        // New York: an attempt at 02:00 UTC belongs to the day before there.
        attempts = new AttemptRepository(database, Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"),
                ZoneId.of("America/New_York")));
        history = new HistoryRepository(database);
        library = new PackLibrary(BundledPacks.load(new PackReader()));
        new QuestionCatalogRepository(database).record(library);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private String question(String packId, int index) {
        return library.pack(packId).orElseThrow().pack().questions().get(index).id();
    }

    private long save(TestAttempts attempt) {
        return attempts.save(attempt.build()).id();
    }

    private List<Long> ids(HistoryFilter filter, HistorySort sort) {
        return history.page(filter, sort, 0, 100).stream().map(HistoryRow::id).toList();
    }

    @Test
    void newestFirstWithDurationMeanAndScoresPerDimension() {
        long older = save(TestAttempts.at(BAR, question(BAR, 0)).start("2026-03-01T10:00:00Z")
                .phase("Requirements", 300_000, 360_000).phase("Design", 600_000, 540_000)
                .score("requirements", 2).score("deep-dive", 3));
        long newer = save(TestAttempts.at(BAR, question(BAR, 1)).start("2026-03-02T10:00:00Z").score("requirements", 4));

        HistoryRepository.HistoryPage page = history.open(HistoryFilter.ALL, HistorySort.NEWEST_FIRST, 10);

        assertEquals(2, page.total());
        assertEquals(List.of(newer, older), page.rows().stream().map(HistoryRow::id).toList());
        HistoryRow row = page.rows().get(1);
        assertEquals(900_000, row.durationMs());
        assertEquals(2.5, row.meanScore(), 1e-9);
        assertEquals(2, row.score("requirements"));
        assertEquals(3, row.score("deep-dive"));
        assertEquals(null, row.score("estimation"));
    }

    @Test
    void pagesWalkTheWholeListWithoutRepeats() {
        for (int i = 0; i < 25; i++) {
            save(TestAttempts.at(BAR, question(BAR, 0)).start("2026-03-01T10:00:00Z").score("requirements", 1 + i % 4));
        }
        HistorySort byScore = HistorySort.byDimension("requirements", true);
        List<Long> all = new java.util.ArrayList<>();
        for (int offset = 0; offset < 25; offset += 10) {
            all.addAll(history.page(HistoryFilter.ALL, byScore, offset, 10).stream().map(HistoryRow::id).toList());
        }
        assertEquals(25, all.stream().distinct().count());
        List<Integer> scores = all.stream().map(id -> history.page(HistoryFilter.ALL, byScore, 0, 25).stream()
                .filter(r -> r.id() == id).findFirst().orElseThrow().score("requirements")).toList();
        assertEquals(scores.stream().sorted().toList(), scores, "ascending by the dimension's score");
    }

    @Test
    void aDimensionsOrderGoesScoreByScoreNewestFirstWithTheUnscoredLastOnEveryPage() {
        java.util.Map<Long, Integer> scoreOf = new java.util.HashMap<>();
        java.util.Map<Long, Integer> dayOf = new java.util.HashMap<>();
        for (int i = 0; i < 14; i++) {
            TestAttempts attempt = TestAttempts.at(BAR, question(BAR, 0)).start(String.format("2026-03-%02dT10:00:00Z", i + 1));
            Integer score = i % 5 == 4 ? null : 1 + (i * 3) % 4;
            long id = save(score == null ? attempt.score("deep-dive", 2) : attempt.score("requirements", score));
            scoreOf.put(id, score);
            dayOf.put(id, i);
        }
        for (boolean ascending : new boolean[] {true, false}) {
            java.util.Comparator<Long> byScore = java.util.Comparator.comparing(scoreOf::get,
                    java.util.Comparator.nullsLast(ascending ? java.util.Comparator.<Integer>naturalOrder()
                            : java.util.Comparator.<Integer>reverseOrder()));
            List<Long> expected = scoreOf.keySet().stream()
                    .sorted(byScore.thenComparing(dayOf::get, java.util.Comparator.reverseOrder())).toList();
            HistorySort sort = HistorySort.byDimension("requirements", ascending);
            List<Long> paged = new java.util.ArrayList<>();
            for (int offset = 0; offset < 14; offset += 3) {
                paged.addAll(history.page(HistoryFilter.ALL, sort, offset, 3).stream().map(HistoryRow::id).toList());
            }
            assertEquals(expected, ids(HistoryFilter.ALL, sort), "one page, ascending " + ascending);
            assertEquals(expected, paged, "pages of 3, ascending " + ascending);
        }
    }

    @Test
    void sortsByVerdictInScaleOrderWithUnfinishedLast() {
        long hire = save(TestAttempts.at(BAR, "a").verdict(Verdict.HIRE));
        long noHire = save(TestAttempts.at(BAR, "b").verdict(Verdict.NO_HIRE));
        long unfinished = save(TestAttempts.at(BAR, "c").verdict(null));
        long strong = save(TestAttempts.at(BAR, "d").verdict(Verdict.STRONG_HIRE));

        assertEquals(List.of(noHire, hire, strong, unfinished),
                ids(HistoryFilter.ALL, new HistorySort(HistorySort.Column.VERDICT, null, true)));
        assertEquals(List.of(strong, hire, noHire, unfinished),
                ids(HistoryFilter.ALL, new HistorySort(HistorySort.Column.VERDICT, null, false)));
    }

    @Test
    void filtersByPackTagLevelVerdictFailureModeAndDaysInTheUsersZone() {
        var barQuestion = library.pack(BAR).orElseThrow().pack().questions().get(0);
        String tag = barQuestion.tags().get(0);
        long bar = save(TestAttempts.at(BAR, barQuestion.id()).start("2026-03-10T02:00:00Z")
                .verdict(Verdict.LEAN_HIRE).failure("no-numbers"));
        long ml = save(TestAttempts.at(ML, question(ML, 0)).start("2026-03-11T15:00:00Z").verdict(Verdict.HIRE));
        long unfinished = save(TestAttempts.at(ML, question(ML, 1)).start("2026-03-12T15:00:00Z").verdict(null));

        assertEquals(List.of(bar), ids(HistoryFilter.ALL.withPack(BAR), HistorySort.NEWEST_FIRST));
        assertEquals(List.of(bar), ids(new HistoryFilter(null, tag, null, null, null, null, null, null),
                HistorySort.NEWEST_FIRST));
        assertEquals(List.of(bar), ids(HistoryFilter.ALL.withFailureMode("no-numbers"), HistorySort.NEWEST_FIRST));
        assertEquals(List.of(ml), ids(HistoryFilter.ALL.withOutcome(HistoryFilter.Outcome.HIRE), HistorySort.NEWEST_FIRST));
        assertEquals(List.of(unfinished), ids(HistoryFilter.ALL.withOutcome(HistoryFilter.Outcome.UNFINISHED),
                HistorySort.NEWEST_FIRST));
        Level level = barQuestion.level();
        assertTrue(ids(new HistoryFilter(null, null, level, null, null, null, null, null), HistorySort.NEWEST_FIRST)
                .contains(bar));
        // 02:00 UTC on the 10th is the evening of the 9th in New York.
        LocalDate ninth = LocalDate.of(2026, 3, 9);
        assertEquals(List.of(bar), ids(new HistoryFilter(null, null, null, null, ninth, ninth, null, null),
                HistorySort.NEWEST_FIRST));
        assertEquals(List.of(unfinished, ml), ids(new HistoryFilter(null, null, null, null, ninth.plusDays(1), null,
                null, null), HistorySort.NEWEST_FIRST));
        assertEquals(1, history.count(HistoryFilter.ALL.withPack(ML).withOutcome(HistoryFilter.Outcome.HIRE)));
    }

    @Test
    void searchFindsWordsAndPrefixesInNotesAndReflectionsIgnoringCaseAndAccents() {
        long notes = save(TestAttempts.at(BAR, "a").notes("Consistent hashing for the cache tier"));
        long reflection = save(TestAttempts.at(BAR, "b").reflection("Forgot the Café's write-through CACHING"));
        save(TestAttempts.at(BAR, "c").notes("Sharding by user id"));

        assertEquals(List.of(reflection, notes), ids(HistoryFilter.ALL.withText("cach"), HistorySort.NEWEST_FIRST));
        assertEquals(List.of(reflection), ids(HistoryFilter.ALL.withText("cafe caching"), HistorySort.NEWEST_FIRST));
        assertEquals(List.of(), ids(HistoryFilter.ALL.withText("\"unbalanced OR ( -"), HistorySort.NEWEST_FIRST));
        assertEquals(3, history.count(HistoryFilter.ALL.withText("  ?! ")), "no words: no search");
    }

    @Test
    void theCountAgreesWithTheListForWordsFailureModesAndTheirMixes() {
        save(TestAttempts.at(BAR, "a").notes("cache tier").failure("no-numbers").failure("no-numbers"));
        save(TestAttempts.at(BAR, "b").notes("cache aside").verdict(Verdict.HIRE));
        save(TestAttempts.at(ML, "c").notes("sharding").failure("no-numbers"));
        save(TestAttempts.at(ML, "d").reflection("cached reads").failure("we-not-i"));

        for (HistoryFilter filter : List.of(HistoryFilter.ALL, HistoryFilter.ALL.withText("cach"),
                HistoryFilter.ALL.withFailureMode("no-numbers"),
                HistoryFilter.ALL.withFailureMode("no-numbers").withText("cache"),
                HistoryFilter.ALL.withPack(ML).withText("cach"),
                HistoryFilter.ALL.withPack(BAR).withFailureMode("no-numbers"),
                HistoryFilter.ALL.withOutcome(HistoryFilter.Outcome.HIRE).withText("cache"))) {
            assertEquals(ids(filter, HistorySort.NEWEST_FIRST).size(), history.count(filter), filter.toString());
        }
        assertEquals(3, history.count(HistoryFilter.ALL.withText("cach")));
        assertEquals(2, history.count(HistoryFilter.ALL.withFailureMode("no-numbers")),
                "a mode ticked twice on one attempt counts that attempt once");
        assertEquals(1, history.count(HistoryFilter.ALL.withFailureMode("no-numbers").withText("cache")));
    }

    @Test
    void choicesListWhatWasScoredAndTicked() {
        save(TestAttempts.at(BAR, "a").score("requirements", 3).failure("no-numbers").failure("we-not-i"));
        save(TestAttempts.at(ML, "b").score("data", 2).failure("no-numbers"));

        assertEquals(List.of("data", "requirements"), history.dimensions().stream().map(FilterChoice::id).toList());
        assertEquals(List.of("no-numbers", "we-not-i"), history.failureModes().stream().map(FilterChoice::id).toList());
        assertEquals(List.of(BAR, ML), history.packIds());
        assertTrue(history.tags().containsAll(library.tags()));
    }
}
