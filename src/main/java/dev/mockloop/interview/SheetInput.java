package dev.mockloop.interview;

import dev.mockloop.attempt.Verdict;
import java.util.List;
import java.util.Map;

/**
 * The interviewer's scoring as the page last sent it, checked against the round's rubric and
 * failure modes.
 *
 * @param levels       dimension id to level 1 to 4, for the dimensions scored so far
 * @param failureModes ids of the failure modes ticked, in the pack's order
 * @param verdict      the verdict chosen, or null while none is
 * @param feedback     the written feedback for the candidate, cleaned by {@link PageText}
 */
record SheetInput(Map<String, Integer> levels, List<String> failureModes, Verdict verdict, String feedback) {

    static final SheetInput EMPTY = new SheetInput(Map.of(), List.of(), null, "");

    SheetInput {
        levels = Map.copyOf(levels);
        failureModes = List.copyOf(failureModes);
        feedback = feedback == null ? "" : feedback;
    }

    /** @return whether nothing has been scored, ticked, chosen or written */
    boolean isEmpty() {
        return levels.isEmpty() && failureModes.isEmpty() && verdict == null && feedback.isBlank();
    }
}
