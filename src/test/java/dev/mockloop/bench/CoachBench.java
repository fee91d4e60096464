package dev.mockloop.bench;

import dev.mockloop.coach.AnswerKey;
import dev.mockloop.coach.Coach;
import dev.mockloop.coach.CoverageResult;
import dev.mockloop.coach.EvalScore;
import dev.mockloop.coach.EvalSet;
import dev.mockloop.coach.WordOverlap;
import dev.mockloop.coach.minilm.MiniLmEncoder;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coach's quality on its labelled set (src/test/resources/coach, 270 (item, notes)
 * labels over 5 questions), with the bundled model: F1, precision and recall of "covered",
 * and the F1 of plain word overlap ({@link WordOverlap}) at its best threshold on the same
 * set, in the same run. Also the model's load time in this JVM and the median time of one
 * assessment (a question's 18 items against one note file), the cost after a round ends.
 */
class CoachBench {

    @TempDir
    Path cache;

    @Test
    void coverageOnTheLabelledSet() {
        if (!Bench.wanted("coach.")) {
            return;
        }
        EvalSet set = EvalSet.load();
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

        EvalSet.Question q = set.questions().get(0);
        AnswerKey key = q.key();
        double assessMs = Bench.medianMillis(3, 11, () -> coach.assess(key, q.cases().get(0).input()).covered());
        Bench.report("coach.assess_ms", assessMs, "ms");
    }

    private static boolean[] covered(CoverageResult result) {
        boolean[] covered = new boolean[result.items().size()];
        for (int i = 0; i < covered.length; i++) {
            covered[i] = result.items().get(i).covered();
        }
        return covered;
    }
}
