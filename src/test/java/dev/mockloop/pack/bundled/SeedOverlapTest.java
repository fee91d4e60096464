package dev.mockloop.pack.bundled;

import static dev.mockloop.pack.bundled.Bundled.assertNone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockloop.pack.BundledPacks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The bundled packs are written in our own words: no run of 7 words in any pack text
 * appears in the seed articles the themes came from. The seeds live outside the
 * repository (../shared/seeds beside the checkout, or -Dmockloop.seeds=DIR), so this
 * test is skipped where they are absent, as in CI.
 */
class SeedOverlapTest {

    private static final int RUN = 7;

    @Test
    void noSevenWordRunOfAPackTextAppearsInTheSeeds() throws IOException {
        Optional<Path> seeds = seedFolder();
        Assumptions.assumeTrue(seeds.isPresent(), "no seeds folder here");
        Set<String> seedRuns = new HashSet<>();
        try (Stream<Path> files = Files.list(seeds.get())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                seedRuns.addAll(runs(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        Assumptions.assumeFalse(seedRuns.isEmpty(), "the seeds folder is empty");
        List<String> failures = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String name : BundledPacks.fileNames()) {
            List<String> texts = new ArrayList<>();
            strings(json.readTree(Path.of("question-packs", name).toFile()), texts);
            for (String text : texts) {
                runs(text).stream().filter(seedRuns::contains)
                        .forEach(run -> failures.add(name + ": \"" + run + "\""));
            }
        }
        assertNone(failures, "word runs copied from the seeds");
    }

    /** @return every run of {@value #RUN} words, lower-cased, punctuation dropped, one space apart */
    static List<String> runs(String text) {
        String[] words = Arrays.stream(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .split("[^a-z0-9']+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
        List<String> runs = new ArrayList<>();
        for (int i = 0; i + RUN <= words.length; i++) {
            runs.add(String.join(" ", Arrays.copyOfRange(words, i, i + RUN)));
        }
        return runs;
    }

    private static void strings(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> strings(child, out));
    }

    private static Optional<Path> seedFolder() {
        String property = System.getProperty("mockloop.seeds");
        Stream<Path> candidates = property != null ? Stream.of(Path.of(property))
                : Stream.of(Path.of("..", "shared", "seeds"), Path.of("..", "..", "shared", "seeds"));
        return candidates.filter(Files::isDirectory).findFirst();
    }
}
