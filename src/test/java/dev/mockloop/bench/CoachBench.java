package dev.mockloop.bench;

import dev.mockloop.coach.Coach;
import dev.mockloop.coach.CoachInput;
import dev.mockloop.coach.CoachService;
import dev.mockloop.coach.CoachSettings;
import dev.mockloop.coach.CoverageRepository;
import dev.mockloop.coach.CoverageResult;
import dev.mockloop.coach.EvalScore;
import dev.mockloop.coach.EvalSet;
import dev.mockloop.coach.WordOverlap;
import dev.mockloop.coach.minilm.MiniLmEncoder;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.session.ManualTicker;
import dev.mockloop.session.RoundService;
import dev.mockloop.session.TestRounds;
import dev.mockloop.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coach's quality on its labelled set (src/test/resources/coach, 270 (item, notes)
 * labels over 5 questions), with the bundled model: F1, precision and recall of "covered",
 * and the F1 of plain word overlap ({@link WordOverlap}) at its best threshold on the same
 * set, in the same run. Also the model's load time in this JVM and the time from a round's
 * finish to the coach's result. The smoke run ({@link Bench#smoke()}) scores the first
 * question's labels only and times one finish.
 */
class CoachBench {

    @TempDir
    Path cache;

    @Test
    void coverageOnTheLabelledSet() {
        if (!Bench.wanted("coach.")) {
            return;
        }
        EvalSet all = EvalSet.load();
        // The smoke run scores one question's labels: enough to know the pipeline runs.
        EvalSet set = Bench.smoke() ? new EvalSet(all.questions().subList(0, 1)) : all;
        long start = System.nanoTime();
        MiniLmEncoder encoder = MiniLmEncoder.load(cache);
        double loadMs = (System.nanoTime() - start) / 1e6;
        Coach coach = new Coach(encoder);
        EvalScore score = EvalScore.of(set, (q, c) -> covered(coach.assess(q.key(), c.input())));
        Bench.report("coach.f1", score.f1(), "ratio");
        Bench.report("coach.precision", score.precision(), "ratio");
        Bench.report("coach.recall", score.recall(), "ratio");

        Map<String, double[]> overlaps = new HashMap<>();
        for (EvalSet.Question q : set.questions()) {
            for (EvalSet.Case c : q.cases()) {
                overlaps.put(q.question() + "/" + c.id(), WordOverlap.overlaps(q.key(), c.input()));
            }
        }
        EvalScore baseline = null;
        for (int step = 1; step < 20; step++) {
            double threshold = step / 20.0;
            EvalScore s = EvalScore.of(set, (q, c) -> {
                double[] o = overlaps.get(q.question() + "/" + c.id());
                boolean[] covered = new boolean[o.length];
                for (int i = 0; i < o.length; i++) {
                    covered[i] = o[i] >= threshold;
                }
                return covered;
            });
            if (baseline == null || s.f1() > baseline.f1()) {
                baseline = s;
            }
        }
        Bench.report("coach.baseline_f1", baseline.f1(), "ratio");
        Bench.report("coach.baseline_precision", baseline.precision(), "ratio");
        Bench.report("coach.baseline_recall", baseline.recall(), "ratio");
        Bench.report("coach.labels", set.labels(), "labels");
        Bench.report("coach.model_load_ms", loadMs, "ms");

        finishToResult(encoder, set);
    }

    /**
     * From a round's finish to the coach's result on the scoring screen, through the app's
     * coach service on real rounds of the bundled webhooks question (model loaded, the
     * question's items encoded while the round ran), with the labelled set's "solid"
     * webhooks notes (14 lines, 7 whiteboard labels' worth of text in the notes); median of 11.
     */
    private void finishToResult(MiniLmEncoder encoder, EvalSet set) {
        LibraryQuestion question = new PackLibrary(BundledPacks.load(new PackReader())).questions().stream()
                .filter(q -> q.question().id().equals("payments-webhook-delivery")).findFirst().orElseThrow();
        String notes = set.questions().get(0).cases().get(0).notes();
        ExecutorService coachThread = CoachService.ownThread();
        try (Database db = Database.open(cache.resolve("bench.db"))) {
            CoachService service = new CoachService(() -> encoder, new CoverageRepository(db, Clock.systemUTC()),
                    CoachSettings.DEFAULTS, coachThread);
            ManualTicker ticker = new ManualTicker();
            RoundService rounds = TestRounds.inLine(db, ticker, Clock.systemUTC());
            rounds.addListener(service);
            double[] ms = new double[Bench.size(11, 1)];
            for (int run = -Bench.size(2, 0); run < ms.length; run++) {
                ActiveRound round = rounds.begin(question, null);
                round.start();
                round.setNotes(notes + "\nrun " + run);
                ticker.advanceMillis(10 * 60_000);
                service.assess(question.question(), CoachInput.EMPTY).toCompletableFuture().join(); // items encoded
                long start = System.nanoTime();
                round.finish();
                service.result(round.roundId()).toCompletableFuture().join();
                if (run >= 0) {
                    ms[run] = (System.nanoTime() - start) / 1e6;
                }
                round.abandon();
            }
            java.util.Arrays.sort(ms);
            Bench.report("coach.finish_to_result_ms", ms[ms.length / 2], "ms");
        } finally {
            coachThread.shutdownNow();
        }
    }

    private static boolean[] covered(CoverageResult result) {
        boolean[] covered = new boolean[result.items().size()];
        for (int i = 0; i < covered.length; i++) {
            covered[i] = result.items().get(i).covered();
        }
        return covered;
    }
}
