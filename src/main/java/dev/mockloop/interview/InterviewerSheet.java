package dev.mockloop.interview;

import dev.mockloop.attempt.ScoreSheet;
import java.time.Instant;
import java.util.Objects;

/**
 * What one interviewer made of a round, as saved beside the attempt.
 *
 * @param roundId   the round's id (a UUID string); the attempt carries the same one
 * @param seat      1 for the interviewer, 2 for a second one the candidate allowed
 * @param sheet     their levels (every dimension once submitted, possibly fewer in a draft),
 *                  failure modes ticked, verdict, and feedback for the candidate as its text
 * @param notes     their notes taken during the round
 * @param savedAt   when it was saved
 * @param submitted true when the interviewer pressed Submit; false for a draft kept when the
 *                  candidate saved the round (or withdrew the link) before the interviewer submitted
 */
public record InterviewerSheet(String roundId, int seat, ScoreSheet sheet, String notes, Instant savedAt,
                               boolean submitted) {

    /** @throws IllegalArgumentException if the seat is not 1 or 2 or a level is outside 1 to 4 */
    public InterviewerSheet {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(savedAt, "savedAt");
        sheet = sheet == null ? ScoreSheet.EMPTY : sheet;
        if (seat < 1 || seat > Seats.MAX) {
            throw new IllegalArgumentException("seat must be 1 or 2, was " + seat);
        }
        if (sheet.levels().values().stream().anyMatch(l -> l < 1 || l > 4)) {
            throw new IllegalArgumentException("levels must be 1 to 4, were " + sheet.levels());
        }
        notes = notes == null ? "" : notes;
    }
}
