package dev.mockloop.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packs in question-packs/ are what every new user practises on: hold them to the bar. */
class BundledPacksTest {

    private static final Path FOLDER = Path.of("question-packs");
    private final PackReader reader = new PackReader();

    @Test
    void everyPackFileInTheFolderIsValidAgainstSchemaAndRules() throws IOException {
        for (Path file : packFiles()) {
            PackCheck check = reader.check(file);
            assertTrue(check.valid(), () -> check.problems().stream().map(PackProblem::format)
                    .collect(Collectors.joining("\n")));
        }
    }

    @Test
    void packsReadAtStartUpWithoutCheckingAreTheFullyCheckedFiles() throws PackException {
        List<InstalledPack> loaded = BundledPacks.load(reader);
        List<String> names = BundledPacks.fileNames();
        assertEquals(names.size(), loaded.size());
        for (int i = 0; i < names.size(); i++) {
            assertEquals(reader.read(FOLDER.resolve(names.get(i))), loaded.get(i).pack(), names.get(i));
        }
    }

    @Test
    void indexListsExactlyThePackFilesInTheFolder() throws IOException {
        Set<String> onDisk = packFiles().stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        assertEquals(onDisk, new HashSet<>(BundledPacks.fileNames()));
    }

    @Test
    void bundleHasAtLeastThreePacksAndTwentyFourPairedQuestions() {
        List<InstalledPack> packs = BundledPacks.load(reader);
        assertTrue(packs.size() >= 3, "packs: " + packs.size());
        List<Question> questions = packs.stream().flatMap(p -> p.pack().questions().stream()).toList();
        assertTrue(questions.size() >= 24, "questions: " + questions.size());
        for (Question q : questions) {
            assertTrue(!q.behavioral().prompt().isBlank() && !q.design().prompt().isBlank(), q.id());
        }
    }

    @Test
    void bundleHasPairedClassicAndMlFrameworksOfFortyFiveMinutes() {
        Set<String> fortyFive = BundledPacks.load(reader).stream()
                .flatMap(p -> p.pack().frameworks().stream())
                .filter(f -> f.plannedMillis() == 45 * 60_000)
                .map(Framework::id)
                .collect(Collectors.toSet());
        assertTrue(fortyFive.containsAll(Set.of("paired-45", "classic-45", "ml-45")), fortyFive.toString());
    }

    @Test
    void everyPackHasARubricOfFiveDimensionsAndSixFailureModes() {
        for (InstalledPack installed : BundledPacks.load(reader)) {
            Pack pack = installed.pack();
            assertTrue(pack.rubric().dimensions().size() >= 5, pack.id());
            assertTrue(pack.failureModes().size() >= 6, pack.id());
            for (Dimension d : pack.rubric().dimensions()) {
                for (int level = 1; level <= 4; level++) {
                    assertTrue(!d.descriptor(level).isBlank(), pack.id() + " " + d.id() + " " + level);
                }
            }
        }
    }

    @Test
    void packIdsAreUniqueAcrossTheBundle() {
        List<String> ids = BundledPacks.load(reader).stream().map(p -> p.pack().id()).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), ids.toString());
    }

    private static List<Path> packFiles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".schema.json"))
                    .sorted().toList();
        }
    }
}
