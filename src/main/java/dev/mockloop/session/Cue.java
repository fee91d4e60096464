package dev.mockloop.session;

/**
 * One signal to the user.
 *
 * @param kind       what happened
 * @param phaseIndex the phase it concerns (the current phase when it fired)
 */
public record Cue(CueKind kind, int phaseIndex) {
}
