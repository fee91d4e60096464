package dev.mockloop.coach;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The baseline the coach is measured against: plain word overlap. An item is covered when
 * some note line or whiteboard text holds at least a share {@code threshold} of the item's
 * words (lower-cased, split at anything but letters and digits, a few stop words left out);
 * no shorthand, stemming, synonyms or model.
 */
public final class WordOverlap {

    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "for",
            "with", "is", "are", "be", "it", "that", "so", "as", "at", "by", "from", "what", "how", "do", "can");

    private WordOverlap() {
    }

    /** @return for each item, its best overlap with any passage, 0 to 1 */
    public static double[] overlaps(AnswerKey key, CoachInput input) {
        List<String> passages = new java.util.ArrayList<>();
        input.notes().forEach(l -> passages.add(l.text()));
        input.board().forEach(b -> passages.add(b.text()));
        double[] best = new double[key.items().size()];
        for (int i = 0; i < best.length; i++) {
            Set<String> item = words(key.items().get(i).text());
            for (String p : passages) {
                Set<String> common = words(p);
                common.retainAll(item);
                best[i] = Math.max(best[i], item.isEmpty() ? 0 : (double) common.size() / item.size());
            }
        }
        return best;
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }
}
