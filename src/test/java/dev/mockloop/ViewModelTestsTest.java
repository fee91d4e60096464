package dev.mockloop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every view model (a class in {@code ui} whose name ends in "Model") has a plain unit test
 * beside it: {@code <Name>Test} in the same package, run without a window (no TestFX
 * {@code ApplicationExtension}). Screens are tested through their panes as well; this is the
 * test that shows a view model's state on its own.
 */
class ViewModelTestsTest {

    private static final Path MAIN = Path.of("src/main/java/dev/mockloop/ui");
    private static final Path TEST = Path.of("src/test/java/dev/mockloop/ui");

    @Test
    void everyViewModelHasAPlainUnitTest() throws IOException {
        List<Path> models;
        try (Stream<Path> files = Files.walk(MAIN)) {
            models = files.filter(f -> f.getFileName().toString().endsWith("Model.java")).sorted().toList();
        }
        assertTrue(models.size() >= 20, "the view models were found: " + models);
        List<String> missing = models.stream().map(MAIN::relativize)
                .map(model -> TEST.resolve(model.toString().replace(".java", "Test.java")))
                .filter(test -> !isPlainTest(test)).map(Path::toString).toList();
        assertEquals(List.of(), missing, "view models without a plain unit test (no window) at these paths");
    }

    private static boolean isPlainTest(Path test) {
        try {
            return Files.isRegularFile(test) && !Files.readString(test).contains("ApplicationExtension");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
