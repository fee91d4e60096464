package dev.mockloop.pack.bundled;

import static dev.mockloop.pack.bundled.Bundled.assertNone;

import dev.mockloop.pack.LibraryQuestion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No two bundled questions train the same design. The core system of each question is
 * judged by a person and kept in src/test/resources/core-systems.tsv (pack id/question id,
 * a tab, the system); this test keeps that map complete and free of repeats.
 */
class CoreSystemsTest {

    private static final String FILE = "src/test/resources/core-systems.tsv";

    @Test
    void everyBundledQuestionHasARowNamingItsCoreSystem() {
        Map<String, String> systems = rows(new ArrayList<>());
        List<String> failures = Bundled.questions().stream().map(LibraryQuestion::key)
                .filter(key -> !systems.containsKey(key))
                .map(key -> key + " has no row; add \"" + key + "<TAB>its core system\"")
                .toList();
        assertNone(failures, "bundled questions missing from " + FILE);
    }

    @Test
    void noTwoQuestionsShareACoreSystem() {
        List<String> failures = new ArrayList<>();
        Map<String, String> systems = rows(failures);
        Map<String, String> firstBySystem = new HashMap<>();
        systems.forEach((key, system) -> {
            String normal = system.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String earlier = firstBySystem.putIfAbsent(normal, key);
            if (earlier != null) {
                failures.add(key + " and " + earlier + " share the core system \"" + system
                        + "\"; rewrite one design prompt around another system");
            }
        });
        assertNone(failures, "duplicate rows or systems in " + FILE);
    }

    @Test
    void everyRowNamesABundledQuestion() {
        Set<String> bundled = Bundled.questions().stream().map(LibraryQuestion::key).collect(Collectors.toSet());
        List<String> failures = rows(new ArrayList<>()).keySet().stream().filter(key -> !bundled.contains(key))
                .map(key -> key + " is not a bundled question; remove its row or fix the key").toList();
        assertNone(failures, "stale rows in " + FILE);
    }

    /** Reads the map, adding a failure for a malformed line or a question listed twice. */
    private static Map<String, String> rows(List<String> failures) {
        Map<String, String> rows = new LinkedHashMap<>();
        int number = 0;
        for (String line : lines()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 2 || cells[0].isBlank() || cells[1].isBlank()) {
                failures.add("line " + number + " is not \"pack id/question id<TAB>core system\": " + line);
                continue;
            }
            if (rows.putIfAbsent(cells[0].strip(), cells[1].strip()) != null) {
                failures.add("line " + number + " lists " + cells[0].strip() + " a second time");
            }
        }
        return rows;
    }

    private static List<String> lines() {
        try (InputStream in = CoreSystemsTest.class.getResourceAsStream("/core-systems.tsv")) {
            if (in == null) {
                throw new AssertionError(FILE + " is missing from the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
