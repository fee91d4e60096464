package dev.mockloop.review;

import dev.mockloop.attempt.PhaseOverrun;
import dev.mockloop.attempt.Verdict;
import java.util.List;
import java.util.Map;

/**
 * The running totals behind the progress charts, as read in one snapshot.
 *
 * @param scoreDays     per rubric dimension and calendar day: sum and count of the scores given
 * @param practiceDays  per calendar day in the asked range: time in phases and attempts
 * @param verdicts      attempts per verdict; the {@code null} key counts unfinished rounds
 * @param failureModes  failure modes by how often they were ticked, most often first
 * @param phaseOverruns mean overrun of each phase title, worst first
 */
public record ProgressData(List<ScoreDay> scoreDays, List<PracticeDay> practiceDays, Map<Verdict, Integer> verdicts,
                           List<FailureCount> failureModes, List<PhaseOverrun> phaseOverruns) {

    public ProgressData {
        scoreDays = List.copyOf(scoreDays);
        practiceDays = List.copyOf(practiceDays);
        verdicts = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(verdicts));
        failureModes = List.copyOf(failureModes);
        phaseOverruns = List.copyOf(phaseOverruns);
    }

    /**
     * @param dimensionId the rubric dimension's id
     * @param title       its title as last saved
     * @param day         days since 1970-01-01 in the user's zone
     * @param total       sum of the scores (1 to 4 each) given that day
     * @param count       how many scores
     */
    public record ScoreDay(String dimensionId, String title, long day, long total, int count) {
    }

    /**
     * @param day      days since 1970-01-01 in the user's zone
     * @param activeMs time spent in phases that day, pauses excluded, ms
     * @param attempts rounds started that day
     */
    public record PracticeDay(long day, long activeMs, int attempts) {
    }

    /**
     * @param failureModeId the failure mode's id
     * @param title         its title as last saved
     * @param count         how many attempts ticked it
     */
    public record FailureCount(String failureModeId, String title, int count) {
    }
}
