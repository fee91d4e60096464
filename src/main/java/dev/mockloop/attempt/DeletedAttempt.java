package dev.mockloop.attempt;

/**
 * Everything a deleted attempt had, held in memory so the delete can be undone exactly:
 * the same id, save time, day and edit history.
 *
 * @param attempt     the attempt, with its id
 * @param createdAtMs when it was first saved, epoch ms
 * @param day         its calendar day, days since 1970-01-01
 * @param revision    its edit history, or {@code null} if it was never edited
 */
public record DeletedAttempt(Attempt attempt, long createdAtMs, long day, ScoringEdit.Revision revision) {
}
