package dev.mockloop.review;

import dev.mockloop.pack.Bar;
import dev.mockloop.pack.Dimension;
import dev.mockloop.pack.Level;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How often recent self-scores met the bar of the level each question is set at, per rubric
 * dimension: a senior question's "3 or higher" and a mid question's "2 or higher" are each
 * counted against their own bar ({@link Dimension#barFor(Level)}). Attempts at questions whose
 * pack is gone, or whose rubric states no bar, are left out.
 *
 * @param dimensionId the rubric dimension's id
 * @param title       its title, as the first counted attempt's pack names it
 * @param met         how many of the counted attempts scored at or above the bar
 * @param counted     how many attempts were scored on this dimension against a stated bar
 */
public record BarTally(String dimensionId, String title, int met, int counted) {

    /**
     * @param recent  attempts, e.g. the last 20 (any order)
     * @param library the installed packs, for each question's level and its rubric's bars
     * @return one tally per dimension that has any, in the order first seen
     */
    public static List<BarTally> of(List<HistoryRow> recent, PackLibrary library) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (HistoryRow row : recent) {
            Optional<LibraryQuestion> question = library.question(row.packId(), row.questionId());
            if (question.isEmpty()) {
                continue;
            }
            Level level = question.get().question().level();
            for (Dimension d : question.get().pack().pack().rubric().dimensions()) {
                Integer score = row.score(d.id());
                Optional<Bar> bar = d.barFor(level);
                if (score == null || bar.isEmpty()) {
                    continue;
                }
                titles.putIfAbsent(d.id(), d.title());
                int[] c = counts.computeIfAbsent(d.id(), id -> new int[2]);
                c[1]++;
                if (score >= bar.get().expect()) {
                    c[0]++;
                }
            }
        }
        List<BarTally> tallies = new ArrayList<>();
        counts.forEach((id, c) -> tallies.add(new BarTally(id, titles.get(id), c[0], c[1])));
        return tallies;
    }
}
