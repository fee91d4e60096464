package dev.mockloop.coach;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inverse document frequency of terms over one answer key: a term in every item ("design",
 * or "merchant" in a payments question) weighs little, a term in one item weighs most.
 * Weight = ln(1 + N / df), N items, df items holding the term (Sparck Jones, 1972). Numbers
 * weigh as the rarest words: an estimate's figures are what identify it.
 */
final class TermWeights {

    private final Map<String, Integer> df = new HashMap<>();
    private final int n;

    TermWeights(List<Set<String>> items) {
        this.n = Math.max(1, items.size());
        for (Set<String> terms : items) {
            for (String t : terms) {
                df.merge(t, 1, Integer::sum);
            }
        }
    }

    double weight(String term) {
        int count = term.startsWith("#") ? 1 : df.getOrDefault(term, 1);
        return Math.log(1 + (double) n / count);
    }

    /** @return the weighted share of {@code item}'s terms found in {@code passage}, 0 to 1 */
    double recall(Set<String> item, Set<String> passage) {
        double all = 0;
        double found = 0;
        for (String t : item) {
            double w = weight(t);
            all += w;
            if (passage.contains(t)) {
                found += w;
            }
        }
        return all == 0 ? 0 : found / all;
    }

    /** @return the share of {@code passage}'s terms found in {@code item}, 0 to 1 */
    static double precision(Set<String> item, Set<String> passage) {
        if (passage.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(passage);
        common.retainAll(item);
        return (double) common.size() / passage.size();
    }
}
