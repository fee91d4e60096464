package dev.mockloop.review;

import dev.mockloop.pack.LibraryQuestion;
import java.util.List;
import java.util.Optional;

/**
 * What to practise next, for the home screen.
 *
 * @param due      installed questions due today or earlier by the SM-2 schedule, most overdue first
 * @param weakest  the rubric dimension with the lowest recent mean, if anything was scored
 */
public record PracticeAdvice(List<Due> due, Optional<Weakest> weakest) {

    /** Nothing scored yet. */
    public static final PracticeAdvice NONE = new PracticeAdvice(List.of(), Optional.empty());

    public PracticeAdvice {
        due = List.copyOf(due);
    }

    /**
     * @param question    the question
     * @param overdueDays 0 when due today
     * @param lastMean    the mean score of its last attempt
     */
    public record Due(LibraryQuestion question, long overdueDays, double lastMean) {
    }

    /**
     * @param dimensionId the dimension's id
     * @param title       its title
     * @param mean        its mean score over the span, 1.0 to 4.0
     * @param sinceDays   the span, days back from today; 0 when it covers all history
     * @param questions   installed questions scored on it, the ones it went worst on first
     */
    public record Weakest(String dimensionId, String title, double mean, int sinceDays, List<LibraryQuestion> questions) {
        public Weakest {
            questions = List.copyOf(questions);
        }
    }

    /**
     * When a question is due again.
     *
     * @param question    the question
     * @param dueDay      the day it is due, days since 1970-01-01
     * @param lastDay     the day of its last finished attempt, days since 1970-01-01
     * @param lastMean    that attempt's mean score, 1.0 to 4.0
     * @param attempts    how many finished attempts it has
     * @param overdueDays days past due today; 0 when due today, negative when not yet due
     */
    public record Upcoming(LibraryQuestion question, long dueDay, long lastDay, double lastMean, int attempts,
                           long overdueDays) {
    }
}
