package dev.mockloop.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns what a person types into an SQLite FTS5 query that cannot fail to parse: each
 * run of letters and digits becomes a quoted prefix term ({@code "cach"*}), and all terms
 * must match. Operators and punctuation are dropped, so {@code "a -b" OR} searches for
 * a, b and or.
 */
public final class FtsQuery {

    private FtsQuery() {
    }

    /**
     * @param text what the user typed; may be null
     * @return the FTS5 query, or empty when the text holds no letter or digit
     */
    public static Optional<String> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        List<String> terms = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (!word.isEmpty()) {
                terms.add(word.toString());
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            terms.add(word.toString());
        }
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", terms.stream()
                .map(t -> "\"" + t.toLowerCase(Locale.ROOT) + "\"*").toList()));
    }
}
