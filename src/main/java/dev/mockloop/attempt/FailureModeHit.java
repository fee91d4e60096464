package dev.mockloop.attempt;

/**
 * A failure mode the user ticked as having happened in their round.
 *
 * @param failureModeId the failure mode's id in the pack
 * @param title         its title, kept with the attempt
 */
public record FailureModeHit(String failureModeId, String title) {
}
