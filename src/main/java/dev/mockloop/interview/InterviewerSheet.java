package dev.mockloop.interview;

import dev.mockloop.attempt.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one interviewer made of a round, as saved beside the attempt.
 *
 * @param roundId      the round's id (a UUID string); the attempt carries the same one
 * @param seat         1 for the interviewer, 2 for a second one the candidate allowed
 * @param levels       dimension id to level, 1 (below the bar) to 4 (well above it); every dimension
 *                     once submitted, possibly fewer in a draft
 * @param failureModes ids of the failure modes the interviewer ticked
 * @param verdict      their verdict, or null in a draft without one
 * @param feedback     their written feedback for the candidate
 * @param notes        their notes taken during the round
 * @param savedAt      when it was saved
 * @param submitted    true when the interviewer pressed Submit; false for a draft kept when the
 *                     candidate saved the round before the interviewer submitted
 */
public record InterviewerSheet(String roundId, int seat, Map<String, Integer> levels, List<String> failureModes,
                               Verdict verdict, String feedback, String notes, Instant savedAt,
                               boolean submitted) {

    /** @throws IllegalArgumentException if the seat is not 1 or 2 or a level is outside 1 to 4 */
    public InterviewerSheet {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(savedAt, "savedAt");
        if (seat < 1 || seat > Seats.MAX) {
            throw new IllegalArgumentException("seat must be 1 or 2, was " + seat);
        }
        levels = Map.copyOf(levels);
        if (levels.values().stream().anyMatch(l -> l < 1 || l > 4)) {
            throw new IllegalArgumentException("levels must be 1 to 4, were " + levels);
        }
        failureModes = List.copyOf(failureModes);
        feedback = feedback == null ? "" : feedback;
        notes = notes == null ? "" : notes;
    }
}
