package dev.mockloop.bench;

import dev.mockloop.attempt.AttemptGenerator;
import dev.mockloop.attempt.PhaseStatsRepository;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.review.HistoryFilter;
import dev.mockloop.review.HistoryRepository;
import dev.mockloop.review.HistorySort;
import dev.mockloop.review.ProgressReport;
import dev.mockloop.review.ProgressRepository;
import dev.mockloop.storage.Database;
import dev.mockloop.storage.Migrator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history and progress screens' database work over 100,000 generated attempts
 * ({@link AttemptGenerator}: three years of rounds at the bundled questions). Each result
 * is the median of 21 runs after 5 warm-ups, in ms; the goal is under 50 ms each. The
 * generated file is kept in target/bench and reused while the schema version
 * ({@link Migrator#latestVersion()}) stays the same; after a schema change the newest
 * older file is copied and migrated, as a user's would be.
 * The smoke run ({@link Bench#smoke()}) generates 300 attempts into a temporary folder.
 */
class ReviewBench {

    private static final int ATTEMPTS = Bench.size(100_000, 300);
    private static final int PAGE = 100;
    private static final Instant END = Instant.parse("2026-11-21T12:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static Database database;

    @TempDir
    static Path scratch;

    @BeforeAll
    static void generate() throws Exception {
        if (java.util.stream.Stream.of("history.open_100k", "history.filter_100k", "history.search_100k",
                "progress.charts_100k").noneMatch(Bench::wanted)) {
            return;
        }
        Path file = Bench.smoke() ? scratch.resolve("review-smoke.db")
                : Path.of("target", "bench", "review-100k-v" + Migrator.standard().latestVersion() + ".db");
        Files.createDirectories(file.getParent());
        if (!Bench.smoke() && !Files.exists(file)) {
            olderFile(file.getParent()).ifPresent(older -> copy(older, file));
        }
        boolean fresh = !Files.exists(file);
        long start = System.nanoTime();
        database = Database.open(file);
        if (fresh) {
            new AttemptGenerator(42, ZONE).fill(database, ATTEMPTS, END, 3);
            System.out.printf("generated %,d attempts in %.1f s%n", ATTEMPTS, (System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * @return the newest file generated under an older schema, if any: migrating it (as a
     *         user's file is migrated) takes a minute where generating takes many
     */
    private static java.util.Optional<Path> olderFile(Path folder) throws java.io.IOException {
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches("review-100k-v\\d+\\.db"))
                    .max(java.util.Comparator.comparingInt(ReviewBench::version));
        }
    }

    private static int version(Path file) {
        String name = file.getFileName().toString();
        return Integer.parseInt(name.substring("review-100k-v".length(), name.length() - ".db".length()));
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
            System.out.printf("migrating %s to %s%n", from.getFileName(), to.getFileName());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    /** Opening the history: count and first page, the filter choices and the pacing summary. */
    @Test
    void openHistory() {
        if (!Bench.wanted("history.open_100k")) {
            return;
        }
        HistoryRepository history = new HistoryRepository(database);
        PhaseStatsRepository pacing = new PhaseStatsRepository(database);
        report("history.open_100k", () -> {
            var page = history.open(HistoryFilter.ALL, HistorySort.NEWEST_FIRST, PAGE);
            return page.total() + page.rows().size() + history.dimensions().size() + history.failureModes().size()
                    + history.packIds().size() + history.tags().size() + pacing.averageOverruns().size();
        });
    }

    /** The slowest of typical filters (count and first page each), sorted newest first or by a score. */
    @Test
    void filterHistory() {
        if (!Bench.wanted("history.filter_100k")) {
            return;
        }
        HistoryRepository history = new HistoryRepository(database);
        LocalDate today = END.atZone(ZONE).toLocalDate();
        List<HistoryFilter> filters = List.of(
                HistoryFilter.ALL.withPack("mockloop.bar-raiser"),
                HistoryFilter.ALL.withOutcome(HistoryFilter.Outcome.LEAN_HIRE),
                HistoryFilter.ALL.withFailureMode("no-numbers"),
                new HistoryFilter(null, "caching", null, null, null, null, null, null),
                new HistoryFilter(null, null, dev.mockloop.pack.Level.STAFF, null, null, null, null, null),
                new HistoryFilter(null, null, null, null, today.minusDays(90), today, null, null),
                new HistoryFilter("mockloop.company-rounds", null, null, HistoryFilter.Outcome.HIRE,
                        today.minusYears(1), today, "no-numbers", null));
        double worst = 0;
        for (HistoryFilter filter : filters) {
            worst = Math.max(worst, detail(filter.toString(), Bench.medianMillis(5, 21,
                    () -> history.open(filter, HistorySort.NEWEST_FIRST, PAGE).total())));
        }
        for (HistorySort sort : List.of(new HistorySort(HistorySort.Column.MEAN_SCORE, null, false),
                HistorySort.byDimension("estimation", true))) {
            worst = Math.max(worst, detail(sort.toString(), Bench.medianMillis(5, 21,
                    () -> history.open(HistoryFilter.ALL.withPack("mockloop.bar-raiser"), sort, PAGE).total())));
        }
        Bench.report("history.filter_100k", worst, "ms");
    }

    /** Full-text search for a common word, a rare one and two prefixes: the slowest of them. */
    @Test
    void searchHistory() {
        if (!Bench.wanted("history.search_100k")) {
            return;
        }
        HistoryRepository history = new HistoryRepository(database);
        double worst = 0;
        for (String text : List.of("cache", "poison", "hot part", "idempot")) {
            worst = Math.max(worst, detail("search " + text, Bench.medianMillis(5, 21,
                    () -> history.open(HistoryFilter.ALL.withText(text), HistorySort.NEWEST_FIRST, PAGE).total())));
        }
        Bench.report("history.search_100k", worst, "ms");
    }

    /** Everything the progress screen draws: read and computed into chart series. */
    @Test
    void progressCharts() {
        if (!Bench.wanted("progress.charts_100k")) {
            return;
        }
        ProgressRepository progress = new ProgressRepository(database);
        LocalDate today = END.atZone(ZONE).toLocalDate();
        report("progress.charts_100k", () -> {
            var data = progress.load(ProgressReport.calendarStart(today).toEpochDay(), today.toEpochDay(), 10);
            ProgressReport report = ProgressReport.from(data, today);
            return report.trends().size() + report.practice().size() + report.verdicts().get(0).count();
        });
    }

    /** Prints one case of a result, so a slow case can be found. */
    private static double detail(String what, double ms) {
        System.out.printf("  %8.2f ms  %s%n", ms, what);
        return ms;
    }

    private static void report(String name, LongSupplier work) {
        Bench.report(name, Bench.medianMillis(5, 21, work), "ms");
    }

    static {
        // Verdict is referenced so a rename shows up here at compile time.
        Verdict.values();
    }
}
