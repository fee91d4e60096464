package dev.mockloop.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.PackReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DimensionTagsTest {

    @Test
    void linesMapADimensionToItsTagsSkippingComments() {
        DimensionTags tags = DimensionTags.parse("# a comment\n\nestimation: capacity  latency\nestimation: cost\n");

        assertEquals(Set.of("capacity", "latency", "cost"), tags.of("estimation"));
        assertEquals(Set.of(), tags.of("communication"), "an unlisted dimension has no tags of its own");
    }

    @Test
    void aLineWithoutTagsNamesItsLineNumber() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DimensionTags.parse("estimation: cost\noperability:\n"));

        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void theBundledMapUsesOnlyVocabularyTagsAndBundledDimensions() throws IOException {
        Set<String> vocabulary = Files.readAllLines(Path.of("question-packs", "tags.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        Set<String> dimensions = BundledPacks.load(new PackReader()).stream()
                .flatMap(p -> p.pack().rubric().dimensions().stream()).map(d -> d.id()).collect(Collectors.toSet());
        DimensionTags bundled = DimensionTags.bundled();
        List<String> wrong = new ArrayList<>();
        bundled.tags().forEach((dimension, tags) -> {
            if (!dimensions.contains(dimension)) {
                wrong.add("dimension " + dimension + " is in no bundled rubric");
            }
            tags.stream().filter(t -> !vocabulary.contains(t)).forEach(t -> wrong.add(dimension + ": tag " + t
                    + " is not in question-packs/tags.txt"));
        });

        assertEquals(List.of(), wrong);
        assertTrue(bundled.of("estimation").contains("capacity"));
    }
}
