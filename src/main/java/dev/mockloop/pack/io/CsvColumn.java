package dev.mockloop.pack.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The columns of a CSV of questions (documented in question-packs/README.md). Header
 * names match ignoring case, with spaces or hyphens for underscores.
 */
enum CsvColumn {
    ID(false), TITLE(true), LEVEL(false), TAGS(false), FRAMEWORK(false),
    BEHAVIORAL(true), BEHAVIORAL_SIGNALS(false),
    DESIGN(true), CLARIFYING_QUESTIONS(false), PROBES(false), DESIGN_SIGNALS(false),
    OUTLINE_COMPONENTS(false), OUTLINE_ESTIMATES(false), OUTLINE_TRADEOFFS(false), OUTLINE_SOURCES(false);

    final boolean required;

    CsvColumn(boolean required) {
        this.required = required;
    }

    /** @return the header as documented, e.g. {@code behavioral_signals} */
    String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<CsvColumn> of(String header) {
        String key = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return Arrays.stream(values()).filter(c -> c.header().equals(key)).findFirst();
    }

    static String allHeaders() {
        return Arrays.stream(values()).map(CsvColumn::header).collect(Collectors.joining(", "));
    }
}
