package dev.mockloop.storage;

import static dev.mockloop.storage.DataDirectory.HOME_VARIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dirs.ProjectDirectories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void mockloopHomeOverridesPlatformDirectory() {
        assertEquals(dir, DataDirectory.resolve(Map.of(HOME_VARIABLE, dir.toString())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void blankMockloopHomeFallsBackToPlatformDirectory(String blank) {
        assertEquals(platformDataDir(), DataDirectory.resolve(Map.of(HOME_VARIABLE, blank)));
    }

    @Test
    void withoutMockloopHomeThePlatformDataDirectoryIsUsed() {
        assertEquals(platformDataDir(), DataDirectory.resolve(Map.of("HOME", "/elsewhere")));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void onLinuxThePlatformDirectoryIsTheMockloopFolderInTheXdgDataHome() {
        Path resolved = DataDirectory.resolve(Map.of());

        assertEquals("mockloop", resolved.getFileName().toString());
        assertTrue(resolved.isAbsolute());
    }

    @Test
    void relativeMockloopHomeIsMadeAbsolute() {
        Path resolved = DataDirectory.resolve(Map.of(HOME_VARIABLE, "portable-data"));

        assertEquals(Path.of("portable-data").toAbsolutePath(), resolved);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void unusableMockloopHomeIsReportedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataDirectory.resolve(Map.of(HOME_VARIABLE, "bad\0path")));

        assertTrue(e.getMessage().contains(HOME_VARIABLE), e.getMessage());
    }

    @Test
    void resolvingCreatesNothing() {
        Path home = dir.resolve("not-yet");

        DataDirectory.resolve(Map.of(HOME_VARIABLE, home.toString()));

        assertFalse(Files.exists(home));
    }

    @Test
    void ensureExistsCreatesTheFolderAndItsParents() {
        Path home = dir.resolve("a/b/mockloop");

        assertEquals(home, DataDirectory.ensureExists(home));

        assertTrue(Files.isDirectory(home));
    }

    @Test
    void ensureExistsLeavesAnExistingFolderAsItIs() throws Exception {
        Path kept = Files.writeString(dir.resolve("kept.txt"), "x");

        DataDirectory.ensureExists(dir);

        assertEquals("x", Files.readString(kept));
    }

    @Test
    void ensureExistsReportsAFileInTheWay() throws Exception {
        Path blocker = Files.writeString(dir.resolve("mockloop"), "not a folder");

        StorageException e = assertThrows(StorageException.class, () -> DataDirectory.ensureExists(blocker));

        assertEquals(blocker, e.file());
        assertTrue(e.getMessage().contains("a file is in the way"), e.getMessage());
    }

    @Test
    void databaseFileAndPacksFolderLiveInTheDataFolder() {
        assertEquals(dir.resolve("mockloop.db"), DataDirectory.databaseFile(dir));
        assertEquals(dir.resolve("packs"), DataDirectory.packsDir(dir));
    }

    private static Path platformDataDir() {
        return Path.of(ProjectDirectories.from("dev", "mockloop", "Mockloop").dataDir);
    }
}
