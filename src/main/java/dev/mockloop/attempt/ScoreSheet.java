package dev.mockloop.attempt;

import dev.mockloop.pack.Dimension;
import dev.mockloop.pack.FailureMode;
import dev.mockloop.pack.Rubric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A score sheet as it is being filled: the level picked on each rubric dimension, the
 * failure modes ticked, the verdict and the free text. The candidate's own sheet and an
 * interviewer's use the same shape. Plain values, written as JSON in the autosaved round.
 *
 * @param levels         dimension id to the level picked, 1 to 4; a dimension not yet scored is absent
 * @param failureModeIds the ids of the failure modes ticked, in the order ticked
 * @param verdict        the verdict chosen, or {@code null} while none is
 * @param text           the reflection (or an interviewer's feedback); never {@code null}
 */
public record ScoreSheet(Map<String, Integer> levels, List<String> failureModeIds, Verdict verdict, String text) {

    /** A sheet with nothing filled in. */
    public static final ScoreSheet EMPTY = new ScoreSheet(Map.of(), List.of(), null, "");

    public ScoreSheet {
        levels = levels == null ? Map.of() : Map.copyOf(levels);
        failureModeIds = failureModeIds == null ? List.of() : List.copyOf(failureModeIds);
        text = text == null ? "" : text;
    }

    /** @return whether every dimension of the rubric has a level and a verdict is chosen */
    public boolean completeFor(Rubric rubric) {
        return verdict != null && rubric.dimensions().stream().allMatch(d -> levels.containsKey(d.id()));
    }

    /** @return whether nothing has been filled in */
    public boolean isBlank() {
        return levels.isEmpty() && failureModeIds.isEmpty() && verdict == null && text.isBlank();
    }

    /** @return this sheet with a level picked on a dimension, 1 to 4, or cleared with 0 */
    public ScoreSheet withLevel(String dimensionId, int level) {
        Map<String, Integer> next = new LinkedHashMap<>(levels);
        if (level == 0) {
            next.remove(dimensionId);
        } else {
            next.put(dimensionId, level);
        }
        return new ScoreSheet(next, failureModeIds, verdict, text);
    }

    /** @return this sheet with a failure mode ticked or unticked */
    public ScoreSheet withFailureMode(String failureModeId, boolean ticked) {
        List<String> next = new ArrayList<>(failureModeIds);
        next.remove(failureModeId);
        if (ticked) {
            next.add(failureModeId);
        }
        return new ScoreSheet(levels, next, verdict, text);
    }

    /** @return this sheet with a verdict, or none */
    public ScoreSheet withVerdict(Verdict chosen) {
        return new ScoreSheet(levels, failureModeIds, chosen, text);
    }

    /** @return this sheet with its free text replaced */
    public ScoreSheet withText(String written) {
        return new ScoreSheet(levels, failureModeIds, verdict, written);
    }

    /**
     * @param rubric the rubric the sheet was filled against
     * @return one score per scored dimension, in rubric order, with its title and descriptor
     */
    public List<DimensionScore> scores(Rubric rubric) {
        List<DimensionScore> scores = new ArrayList<>();
        for (Dimension d : rubric.dimensions()) {
            Integer level = levels.get(d.id());
            if (level != null) {
                scores.add(new DimensionScore(d.id(), d.title(), level, d.descriptor(level)));
            }
        }
        return scores;
    }

    /**
     * @param failureModes the pack's checklist
     * @return the ticked ones, in checklist order, with their titles
     */
    public List<FailureModeHit> hits(List<FailureMode> failureModes) {
        return failureModes.stream().filter(f -> failureModeIds.contains(f.id()))
                .map(f -> new FailureModeHit(f.id(), f.title())).toList();
    }
}
