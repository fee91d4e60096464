package dev.mockloop.pack;

/**
 * What a rubric dimension expects of a candidate at one target level: the score that
 * meets the bar and what meeting it looks like there. A staff candidate's "deep dive: 3"
 * asks for more than a mid-level one's, and the bar says how much more.
 *
 * @param expect the lowest score, 1 to 4, that meets the bar at this level
 * @param text   what meeting the bar looks like at this level
 */
public record Bar(int expect, String text) {
}
