package dev.mockloop.ui.sketch;

/**
 * One phase of a round on the replay's time axis.
 *
 * @param id      the phase's id, as the sketch's timeline stamps it
 * @param title   its name, shown on the scrubber
 * @param startMs when it began, ms from the round's start (pauses excluded)
 * @param endMs   when it ended, ms
 */
public record PhaseMark(String id, String title, long startMs, long endMs) {
}
