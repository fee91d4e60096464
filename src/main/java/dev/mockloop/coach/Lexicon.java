package dev.mockloop.coach;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Turns text, from a pack or from a whiteboard, into terms that can be compared: numbers
 * written as candidates write them ("3k/s", "30M", "3,000") become one number, shorthand
 * ("LB", "DB", "k/v", "TTL", "p99", "QPS", "idem", "w/o") is spelt out, stop words are
 * dropped, words are stemmed (Snowball English, Apache OpenNLP) and close synonyms
 * ({@link Vocabulary}) are folded into one term, e.g. "dedupe" and "idempotency key".
 *
 * <p>Not thread-safe (the stemmer keeps state): one instance per thread.
 */
public final class Lexicon {

    private static final Pattern SCALED = Pattern.compile("(?<![\\w.])(\\d+(?:[.,]\\d{3})*(?:\\.\\d+)?)\\s?([kK]|M|bn)(?![a-zA-Z])");
    private static final Pattern GROUPED = Pattern.compile("(?<=\\d),(?=\\d{3}\\b)");
    private static final Pattern TIMES = Pattern.compile("(?<=\\d)x\\b|\\bx(?=\\d)");
    private static final Pattern SPLIT = Pattern.compile("[^a-z0-9.#]+");
    private static final Set<String> NEGATIONS = Set.of("no", "not", "never", "without", "w/o", "none", "nope",
            "dont", "don't", "doesn't", "doesnt", "isn't", "isnt", "won't", "wont", "skip", "skipped", "n/a");
    private static final Pattern HEDGES = Pattern.compile("(?i)\\b(not sure|unsure|probably|maybe|perhaps|later"
            + "|tbd|todo|revisit|depends|it depends|could be|might|if needed|not needed|we'll see|no idea|\\?\\?)\\b"
            + "|(->|:)\\s*\\?");

    private final SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    private final Map<String, String> synonyms = new HashMap<>();

    /** Builds the synonym table from {@link Vocabulary#SYNONYMS}, stemmed. */
    public Lexicon() {
        for (List<String> group : Vocabulary.SYNONYMS) {
            String canonical = stem(group.get(0));
            for (String word : group) {
                synonyms.put(stem(word), canonical);
            }
        }
    }

    private String stem(String word) {
        return stemmer.stem(word).toString();
    }

    /**
     * @param text any text; may be empty
     * @return its terms in order, duplicates kept; numbers as "#" and their value, e.g. "#3000"
     */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : words(text)) {
            if (word.startsWith("#")) {
                terms.add(word);
                continue;
            }
            String spelt = Vocabulary.SHORTHAND.get(word);
            String[] expansion = spelt == null ? new String[] {word} : spelt.split(" ");
            for (String w : expansion) {
                if (w.isEmpty() || Vocabulary.STOP_WORDS.contains(w)) {
                    continue;
                }
                String stem = stem(w);
                terms.add(synonyms.getOrDefault(stem, stem));
            }
        }
        return terms;
    }

    /**
     * @param text a line of notes
     * @return whether it says no to something, puts it off or is unsure of it ("no retries",
     *         "event id? not needed", "fail open? not sure", "revisit later")
     */
    public boolean negated(String text) {
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z'/]+")) {
            if (NEGATIONS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param text a line of notes
     * @return whether it puts off, doubts or leaves open what it names ("probably fail open",
     *         "revisit later", "could be X or Y, depends", "store outage -> ?")
     */
    public boolean hedged(String text) {
        return HEDGES.matcher(text).find();
    }

    /** Lower-cased words with numbers folded to "#value"; punctuation dropped except inside numbers. */
    static List<String> words(String text) {
        String t = scaleNumbers(text == null ? "" : text);
        t = GROUPED.matcher(t).replaceAll("");
        t = t.toLowerCase(Locale.ROOT);
        t = TIMES.matcher(t).replaceAll(" times ");
        for (Map.Entry<String, String> phrase : Vocabulary.PHRASES.entrySet()) {
            t = t.replace(phrase.getKey(), phrase.getValue());
        }
        List<String> words = new ArrayList<>();
        for (String raw : SPLIT.split(t)) {
            String w = trimDots(raw);
            if (w.isEmpty()) {
                continue;
            }
            if (w.matches("\\d+(\\.\\d+)?")) {
                words.add("#" + new BigDecimal(w).stripTrailingZeros().toPlainString());
            } else if (w.matches("\\d+(\\.\\d+)?[a-z]+")) {
                // "2kb", "50ms", "7d", "4xx": the number and its unit
                int split = firstLetter(w);
                words.add("#" + new BigDecimal(w.substring(0, split)).stripTrailingZeros().toPlainString());
                words.add(w.substring(split));
            } else {
                words.add(w.replace(".", ""));
            }
        }
        return words;
    }

    private static String scaleNumbers(String text) {
        Matcher m = SCALED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
            BigDecimal scale = switch (m.group(2)) {
                case "k", "K" -> BigDecimal.valueOf(1_000);
                case "M" -> BigDecimal.valueOf(1_000_000);
                default -> BigDecimal.valueOf(1_000_000_000);
            };
            m.appendReplacement(out, value.multiply(scale).stripTrailingZeros().toPlainString());
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String trimDots(String w) {
        int start = 0;
        int end = w.length();
        while (start < end && w.charAt(start) == '.') {
            start++;
        }
        while (end > start && w.charAt(end - 1) == '.') {
            end--;
        }
        return w.substring(start, end);
    }

    private static int firstLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return i;
            }
        }
        return w.length();
    }
}
