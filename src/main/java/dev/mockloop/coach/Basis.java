package dev.mockloop.coach;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The part of the answer key the coach reads a rubric dimension's level from, and how a
 * dimension is found for it. A dimension matches when its id is one of {@code ids}, or else
 * when its id or title contains one of {@code words} (case ignored); the first dimension
 * in rubric order that matches is used, so the bundled packs' "requirements",
 * "estimation", "high-level-design", "deep-dive" and "story-ownership" are found, and the ML
 * pack's "business-framing" for clarifying questions.
 */
public enum Basis {
    /** Clarifying questions for the requirements and scope dimension. */
    REQUIREMENTS("clarifying questions settled", List.of("requirements", "scope"),
            List.of("requirement", "scope", "framing", "clarif"), r -> r.item().kind() == ItemKind.CLARIFYING_QUESTION),
    /** The outline's estimates for the estimation dimension. */
    ESTIMATION("reference estimates made", List.of("estimation", "estimates"),
            List.of("estimat", "number", "capacity"), r -> r.item().part() == OutlinePart.ESTIMATE),
    /** The outline's components, and the design signals, for the high-level design dimension. */
    HIGH_LEVEL_DESIGN("components and design signals drawn or named", List.of("high-level-design", "design"),
            List.of("high-level", "high level", "architecture", "serving"),
            r -> r.item().part() == OutlinePart.COMPONENT || r.item().kind() == ItemKind.DESIGN_SIGNAL),
    /** The outline's tradeoffs for a tradeoffs dimension, else the deep dive. */
    TRADEOFFS("key tradeoffs named", List.of("tradeoffs", "trade-offs", "deep-dive"),
            List.of("tradeoff", "trade-off", "deep dive", "deep-dive"), r -> r.item().part() == OutlinePart.TRADEOFF),
    /** The story signals for the story dimension. */
    STORY("story signals shown", List.of("story-ownership", "story", "behavioral"),
            List.of("story", "behavio", "ownership"), r -> r.item().kind() == ItemKind.BEHAVIORAL_SIGNAL);

    private final String phrase;
    private final List<String> ids;
    private final List<String> words;
    private final Predicate<ItemResult> counts;

    Basis(String phrase, List<String> ids, List<String> words, Predicate<ItemResult> counts) {
        this.phrase = phrase;
        this.ids = ids;
        this.words = words;
        this.counts = counts;
    }

    /** @return what is counted, after "N of M", e.g. "clarifying questions settled" */
    public String phrase() {
        return phrase;
    }

    /** @return whether an item's finding counts towards this basis */
    boolean counts(ItemResult result) {
        return counts.test(result);
    }

    /** @return whether a dimension's id is one this basis is written for */
    boolean matchesId(String id) {
        return ids.contains(id.toLowerCase(Locale.ROOT));
    }

    /** @return whether a dimension's id or title names this basis */
    boolean matchesWords(String id, String title) {
        String text = (id + " " + title).toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(text::contains);
    }
}
