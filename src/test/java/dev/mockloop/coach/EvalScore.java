package dev.mockloop.coach;

import java.util.function.BiFunction;

/**
 * A confusion count over the labelled set: covered items found (tp), missed items called
 * covered (fp), covered items missed (fn) and missed items left missed (tn).
 */
public record EvalScore(int tp, int fp, int fn, int tn) {

    /**
     * @param set   the labelled set
     * @param judge for a question and one of its note files, whether each item is covered, in item order
     */
    public static EvalScore of(EvalSet set, BiFunction<EvalSet.Question, EvalSet.Case, boolean[]> judge) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (EvalSet.Question q : set.questions()) {
            for (EvalSet.Case c : q.cases()) {
                boolean[] covered = judge.apply(q, c);
                for (int i = 0; i < q.items().size(); i++) {
                    boolean label = c.covered().contains(q.items().get(i).id());
                    if (covered[i] && label) {
                        tp++;
                    } else if (covered[i]) {
                        fp++;
                    } else if (label) {
                        fn++;
                    } else {
                        tn++;
                    }
                }
            }
        }
        return new EvalScore(tp, fp, fn, tn);
    }

    /** @return tp / (tp + fp), 0 when nothing was called covered */
    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    /** @return tp / (tp + fn) */
    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    /** @return the harmonic mean of precision and recall */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
