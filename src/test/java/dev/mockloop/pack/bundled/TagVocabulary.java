package dev.mockloop.pack.bundled;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** question-packs/tags.txt: one tag a line, # comments and blank lines skipped. */
final class TagVocabulary {

    static final Path FILE = Path.of("question-packs", "tags.txt");

    private TagVocabulary() {
    }

    /** @return every line that is a tag, in file order (duplicates kept, for the test to find) */
    static List<String> lines() {
        try {
            return Files.readAllLines(FILE, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> tags() {
        return new LinkedHashSet<>(lines());
    }
}
