package dev.mockloop.interview;

import java.time.Instant;

/**
 * One dimension of one round scored by both the candidate and their interviewers.
 *
 * @param startedAt   when the round started
 * @param dimensionId the rubric dimension's id
 * @param title       its title as scored
 * @param self        the candidate's own level, 1 to 4
 * @param interviewer the interviewers' level, 1 to 4 (their mean when two scored it)
 */
public record ScoreGap(Instant startedAt, String dimensionId, String title, int self, double interviewer) {

    /** @return self minus interviewer: above 0 when the candidate rates themselves higher */
    public double gap() {
        return self - interviewer;
    }
}
