package dev.mockloop.coach;

import dev.mockloop.pack.Dimension;
import dev.mockloop.pack.Level;
import dev.mockloop.pack.Rubric;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The coach's suggested level per rubric dimension, and where it disagrees with the
 * self-score. A second opinion beside the self-score, never a replacement: nothing here
 * changes a score.
 *
 * <p>A self-score and a suggestion disagree when they are 2 or more levels apart, or when
 * they fall on either side of the dimension's bar for the question's level (one meets it,
 * the other does not); with no bar, only the 2-level rule applies.
 */
public final class SecondOpinion {

    /** Levels apart from which a self-score and a suggestion disagree even without a bar. */
    static final int FAR_APART = 2;

    private SecondOpinion() {
    }

    /**
     * @param rubric  the question's rubric
     * @param level   the question's level, for the bars
     * @param result  the coach's coverage of the round
     * @return one suggestion per {@link Basis} that has items and finds a dimension, in basis
     *         order; a dimension is used by one basis at most
     */
    public static List<DimensionSuggestion> suggest(Rubric rubric, Level level, CoverageResult result) {
        List<DimensionSuggestion> suggestions = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Basis basis : Basis.values()) {
            List<ItemResult> items = result.items().stream().filter(basis::counts).toList();
            if (items.isEmpty()) {
                continue;
            }
            Optional<Dimension> dimension = find(rubric, basis, used);
            if (dimension.isEmpty()) {
                continue;
            }
            Dimension d = dimension.get();
            used.add(d.id());
            int covered = (int) items.stream().filter(ItemResult::covered).count();
            int expect = d.barFor(level).map(b -> b.expect()).orElse(0);
            suggestions.add(new DimensionSuggestion(d.id(), d.title(), basis, covered, items.size(),
                    DimensionSuggestion.levelFor(covered, items.size()), expect));
        }
        return suggestions;
    }

    /**
     * @param suggestions the coach's suggestions
     * @param selfLevels  the self-score, dimension id to level 1..4; unscored dimensions are skipped
     * @param level       the question's level, named in a message about its bar
     * @return the disagreements, in suggestion order
     */
    public static List<Disagreement> compare(List<DimensionSuggestion> suggestions, Map<String, Integer> selfLevels,
                                             Level level) {
        List<Disagreement> out = new ArrayList<>();
        for (DimensionSuggestion s : suggestions) {
            Integer self = selfLevels.get(s.dimensionId());
            if (self == null) {
                continue;
            }
            boolean far = Math.abs(self - s.level()) >= FAR_APART;
            boolean acrossBar = s.barExpect() > 0 && (self >= s.barExpect()) != (s.level() >= s.barExpect());
            if (far || acrossBar) {
                String bar = acrossBar ? " (the " + level.label().toLowerCase(java.util.Locale.ROOT)
                        + " bar is " + s.barExpect() + ")" : "";
                out.add(new Disagreement(s.dimensionId(), self, s.level(),
                        "You gave " + s.title() + " " + self + "; the coach saw " + s.seen() + bar
                                + ", which reads as " + s.level() + "."));
            }
        }
        return out;
    }

    private static Optional<Dimension> find(Rubric rubric, Basis basis, Set<String> used) {
        for (Dimension d : rubric.dimensions()) {
            if (!used.contains(d.id()) && basis.matchesId(d.id())) {
                return Optional.of(d);
            }
        }
        for (Dimension d : rubric.dimensions()) {
            if (!used.contains(d.id()) && basis.matchesWords(d.id(), d.title())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
