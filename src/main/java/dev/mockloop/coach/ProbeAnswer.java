package dev.mockloop.coach;

/**
 * What the candidate answered to an interviewer's probe, where the round recorded one
 * (typed or transcribed). Rounds today record only when a probe was acknowledged, so the
 * list is usually empty.
 *
 * @param probe  the probe as asked
 * @param answer the candidate's answer
 */
public record ProbeAnswer(String probe, String answer) {
}
