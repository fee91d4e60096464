package dev.mockloop.review;

/**
 * The SM-2 spaced-repetition algorithm, applied to practice questions instead of flash
 * cards: each finished attempt is one review, graded by the self-scores.
 *
 * <p>Source: P. A. Woźniak, <i>Optimization of learning</i>, master's thesis, 1990,
 * chapter 3.2 "Application of a computer to improve the results obtained in working with
 * the SuperMemo method" (https://super-memory.com/english/ol/sm2.htm), in the form most
 * implementations use (e.g. the pseudocode of Wikipedia's "SuperMemo" article):
 * <pre>
 *   if q ≥ 3:  I = 1 after the first correct review, 6 after the second, then round(I × EF)
 *              n = n + 1
 *   else:      n = 0, I = 1
 *   EF = max(1.3, EF + 0.1 − (5 − q) × (0.08 + (5 − q) × 0.02))
 * </pre>
 * where q is the grade 0 to 5, n the number of correct reviews in a row, I the interval in
 * days, and EF the easiness factor, 2.5 for a new item. The interval is computed with the
 * easiness factor from before the review; the factor is updated on every review, including
 * failed ones.
 *
 * <p>Mockloop's grade: the mean self-score m (1.0 to 4.0) mapped linearly onto 0 to 5,
 * q = round((m − 1) × 5 / 3). A mean of 2.5 (between "at the bar" levels 2 and 3) is the
 * lowest that passes (q = 3).
 */
public final class Sm2 {

    /** The easiness factor of a question never practised. */
    public static final double INITIAL_EASINESS = 2.5;
    /** The easiness factor never drops below this. */
    public static final double MIN_EASINESS = 1.3;

    private Sm2() {
    }

    /**
     * Where a question stands.
     *
     * @param repetitions  correct reviews in a row (grade 3 or more)
     * @param easiness     the easiness factor, at least 1.3
     * @param intervalDays days until the next review is due
     */
    public record State(int repetitions, double easiness, int intervalDays) {
        /** A question never practised. */
        public static final State NEW = new State(0, INITIAL_EASINESS, 0);
    }

    /**
     * @param state   before the review
     * @param quality the grade, 0 (blackout) to 5 (perfect)
     * @return the state after it
     * @throws IllegalArgumentException if the grade is outside 0..5
     */
    public static State review(State state, int quality) {
        if (quality < 0 || quality > 5) {
            throw new IllegalArgumentException("SM-2 grades are 0 to 5, was " + quality);
        }
        int repetitions;
        int interval;
        if (quality >= 3) {
            interval = switch (state.repetitions()) {
                case 0 -> 1;
                case 1 -> 6;
                default -> (int) Math.round(state.intervalDays() * state.easiness());
            };
            repetitions = state.repetitions() + 1;
        } else {
            repetitions = 0;
            interval = 1;
        }
        int miss = 5 - quality;
        double easiness = Math.max(MIN_EASINESS, state.easiness() + 0.1 - miss * (0.08 + miss * 0.02));
        return new State(repetitions, easiness, interval);
    }

    /**
     * @param meanScore the attempt's mean self-score, 1.0 to 4.0
     * @return the SM-2 grade, 0 to 5: round((mean − 1) × 5 / 3), half up
     * @throws IllegalArgumentException if the mean is outside 1..4 or NaN
     */
    public static int quality(double meanScore) {
        if (!(meanScore >= 1.0 && meanScore <= 4.0)) {
            throw new IllegalArgumentException("mean scores are 1.0 to 4.0, was " + meanScore);
        }
        return (int) Math.round((meanScore - 1.0) * 5.0 / 3.0);
    }
}
