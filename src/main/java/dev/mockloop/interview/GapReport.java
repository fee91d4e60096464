package dev.mockloop.interview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the candidate's self-scores compare with their interviewers', per rubric dimension, over
 * every round both scored: the mean of self minus interviewer, and the sentence that says it.
 */
public final class GapReport {

    /**
     * One dimension's gap.
     *
     * @param dimensionId the dimension's id
     * @param title       its title, as last scored
     * @param meanGap     mean of self minus interviewer, in levels: above 0 when the candidate rates
     *                    themselves higher
     * @param rounds      how many rounds it is the mean of
     */
    public record Dimension(String dimensionId, String title, double meanGap, int rounds) {
    }

    /** Gaps smaller than this, in levels, read as agreement. */
    static final double AGREE = 0.25;

    private final List<Dimension> dimensions;

    private GapReport(List<Dimension> dimensions) {
        this.dimensions = List.copyOf(dimensions);
    }

    /** @param gaps every scored pair, e.g. {@link InterviewerSheetRepository#gaps()} */
    public static GapReport of(List<ScoreGap> gaps) {
        Map<String, List<ScoreGap>> byDimension = new LinkedHashMap<>();
        for (ScoreGap gap : gaps) {
            byDimension.computeIfAbsent(gap.dimensionId(), k -> new ArrayList<>()).add(gap);
        }
        List<Dimension> dimensions = new ArrayList<>();
        byDimension.forEach((id, list) -> dimensions.add(new Dimension(id, list.get(list.size() - 1).title(),
                list.stream().mapToDouble(ScoreGap::gap).average().orElse(0), list.size())));
        return new GapReport(dimensions);
    }

    /** @return each dimension both scored, in the order first seen (rubric order) */
    public List<Dimension> dimensions() {
        return dimensions;
    }

    /** @return the dimension with the widest gap either way, if any was scored by both */
    public Optional<Dimension> widest() {
        return dimensions.stream().max(Comparator.comparingDouble(d -> Math.abs(d.meanGap())));
    }

    /**
     * @return the widest gap in words, e.g. "You rate your deep dive a point higher than your
     *         interviewers do (over 3 rounds).", or a sentence saying there is nothing to compare yet
     */
    public String headline() {
        Optional<Dimension> widest = widest();
        if (widest.isEmpty()) {
            return "No interviewer has scored one of your saved rounds yet.";
        }
        Dimension d = widest.get();
        String over = " (over " + d.rounds() + (d.rounds() == 1 ? " round)." : " rounds).");
        String name = d.title().toLowerCase(Locale.ROOT);
        if (Math.abs(d.meanGap()) < AGREE) {
            return "You and your interviewers agree on every dimension, within a quarter of a point" + over;
        }
        return "You rate your " + name + " " + amount(Math.abs(d.meanGap()))
                + (d.meanGap() > 0 ? " higher" : " lower") + " than your interviewers do" + over;
    }

    /** @return a gap in levels in words, to the nearest half point: "half a point", "a point", "1.5 points" */
    static String amount(double levels) {
        double halves = Math.max(1, Math.round(levels * 2));
        if (halves == 1) {
            return "half a point";
        }
        if (halves == 2) {
            return "a point";
        }
        double points = halves / 2;
        return (points == Math.rint(points) ? String.valueOf((long) points) : String.valueOf(points)) + " points";
    }
}
