package dev.mockloop.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PackVersionTest {

    @Test
    void versionsSortByTheSemverPrecedenceRules() {
        // The example order of semver.org section 11.
        List<String> ordered = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.2.0", "1.10.0", "2.0.0");
        for (int i = 1; i < ordered.size(); i++) {
            assertTrue(PackVersion.parse(ordered.get(i - 1)).compareTo(PackVersion.parse(ordered.get(i))) < 0,
                    ordered.get(i - 1) + " < " + ordered.get(i));
        }
        assertEquals(0, PackVersion.parse("1.0.0+build.7").compareTo(PackVersion.parse("1.0.0")));
    }

    @ParameterizedTest
    @CsvSource({"1.4.2, 1.5.0, 1.4.3", "1.5.0-rc.1, 1.6.0, 1.5.0", "0.0.9, 0.1.0, 0.0.10"})
    void nextVersionsAreReleases(String version, String minor, String patch) {
        assertEquals(minor, PackVersion.parse(version).nextMinor().toString());
        assertEquals(patch, PackVersion.parse(version).nextPatch().toString());
    }

    @Test
    void notAVersionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PackVersion.parse("1.0"));
    }
}
