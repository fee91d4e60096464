package dev.mockloop.session;

/**
 * A probe placed on a round's timeline.
 *
 * @param index      its position in the schedule, used to acknowledge it
 * @param text       the probe as asked
 * @param phaseIndex the phase it appears in
 * @param phaseId    that phase's id
 * @param atPhaseMs  ms into that phase (pauses excluded) when it appears
 */
public record ScheduledProbe(int index, String text, int phaseIndex, String phaseId, long atPhaseMs) {
}
