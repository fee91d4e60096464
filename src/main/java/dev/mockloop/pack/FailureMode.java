package dev.mockloop.pack;

/**
 * A common way rounds go wrong, ticked by the user after a round.
 *
 * @param id        unique in its pack
 * @param title     e.g. "Design without numbers"
 * @param looksLike what it looks like from the interviewer's chair
 */
public record FailureMode(String id, String title, String looksLike) {
}
