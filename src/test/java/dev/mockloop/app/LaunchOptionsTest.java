package dev.mockloop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The command line as a desktop (a double-click on a pack file), CI and a person give it. */
class LaunchOptionsTest {

    @Test
    void aDoubleClickedPackFileIsImportedFromItsAbsolutePath() {
        LaunchOptions options = LaunchOptions.parse(List.of("packs/community.mockpack"));

        assertEquals(List.of(Path.of("packs/community.mockpack").toAbsolutePath()), options.packFiles());
        assertEquals(LaunchOptions.Smoke.OFF, options.smoke());
    }

    @Test
    void severalPackFilesAreImportedInCommandLineOrder() {
        LaunchOptions options = LaunchOptions.parse(List.of("/tmp/b.json", "/tmp/a.MOCKPACK"));

        assertEquals(List.of(Path.of("/tmp/b.json"), Path.of("/tmp/a.MOCKPACK")), options.packFiles());
    }

    @Test
    void smokeRunsHeadlessAndSmokeWindowOnTheDisplay() {
        assertEquals(LaunchOptions.Smoke.HEADLESS, LaunchOptions.parse(List.of("--smoke")).smoke());
        assertEquals(LaunchOptions.Smoke.WINDOW, LaunchOptions.parse(List.of("--smoke-window")).smoke());
    }

    @Test
    void otherOptionsAreLeftToJavaFx() {
        LaunchOptions options = LaunchOptions.parse(List.of("--name=value", "-x"));

        assertEquals(List.of(), options.packFiles());
        assertEquals(LaunchOptions.Smoke.OFF, options.smoke());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pack.json", "Pack.JSON", "dir/pack.mockpack", "C:\\packs\\x.json"})
    void packFilesAreTellableFromCommands(String arg) {
        assertTrue(LaunchOptions.isPackFile(arg), arg);
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "import", "--smoke", "-json", "notes.txt", "json"})
    void commandsAndOptionsAreNotPackFiles(String arg) {
        assertFalse(LaunchOptions.isPackFile(arg), arg);
    }
}
