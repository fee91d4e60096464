package dev.mockloop.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Schedules questions with {@link Sm2}: replays each question's finished attempts in
 * order, one review per attempt graded by its mean self-score, and dates the next
 * practice that many days after the last attempt.
 */
public final class PracticeScheduler {

    private PracticeScheduler() {
    }

    /**
     * One finished attempt, as the scheduler sees it.
     *
     * @param packId     the pack's id
     * @param questionId the question's id
     * @param day        the attempt's calendar day, days since 1970-01-01
     * @param meanScore  its mean self-score, 1.0 to 4.0
     */
    public record Review(String packId, String questionId, long day, double meanScore) {
        /** @return {@code packId/questionId} */
        public String key() {
            return packId + "/" + questionId;
        }
    }

    /**
     * Where one question stands.
     *
     * @param key       {@code packId/questionId}
     * @param state     its SM-2 state after the last attempt
     * @param lastDay   the day of the last attempt
     * @param lastMean  the last attempt's mean score
     * @param dueDay    the day it is due again: last day plus the interval
     * @param attempts  how many finished attempts it has
     */
    public record Scheduled(String key, Sm2.State state, long lastDay, double lastMean, long dueDay, int attempts) {
        /** @return days past due on {@code today}; 0 when due today, negative when not yet due */
        public long overdueDays(long today) {
            return today - dueDay;
        }
    }

    /**
     * @param reviews finished attempts, in the order they were made (per question; questions may interleave)
     * @return each question's schedule, by key, in order of first appearance
     */
    public static Map<String, Scheduled> schedule(List<Review> reviews) {
        Map<String, Scheduled> byKey = new LinkedHashMap<>();
        for (Review r : reviews) {
            Scheduled before = byKey.get(r.key());
            Sm2.State state = Sm2.review(before == null ? Sm2.State.NEW : before.state(), Sm2.quality(r.meanScore()));
            byKey.put(r.key(), new Scheduled(r.key(), state, r.day(), r.meanScore(), r.day() + state.intervalDays(),
                    before == null ? 1 : before.attempts() + 1));
        }
        return byKey;
    }

    /**
     * @return the questions due on or before {@code today}, most overdue first (then weakest last score)
     */
    public static List<Scheduled> due(Map<String, Scheduled> schedule, long today) {
        List<Scheduled> due = new ArrayList<>(schedule.values().stream().filter(s -> s.dueDay() <= today).toList());
        due.sort(Comparator.comparingLong(Scheduled::dueDay).thenComparingDouble(Scheduled::lastMean)
                .thenComparing(Scheduled::key));
        return due;
    }
}
