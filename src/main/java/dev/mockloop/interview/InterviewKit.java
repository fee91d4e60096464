package dev.mockloop.interview;


/**
 * What the screens need of interviewer mode, built once by the composition root.
 *
 * @param service  invitations and the interviewer's server
 * @param sheets   interviewers' saved sheets
 * @param settings the interviewer settings as read at start
 */
public record InterviewKit(InterviewService service, InterviewerSheetRepository sheets, InterviewSettings settings) {
}
