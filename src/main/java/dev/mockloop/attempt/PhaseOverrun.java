package dev.mockloop.attempt;

/**
 * How a phase tends to go across attempts.
 *
 * @param title            the phase's title, e.g. "High-level design"
 * @param averageOverrunMs mean of actual minus planned ms over the attempts that reached it;
 *                         negative when the phase usually ends early
 * @param attempts         how many attempts reached the phase
 */
public record PhaseOverrun(String title, long averageOverrunMs, int attempts) {
}
