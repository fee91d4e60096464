package dev.mockloop.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackWriterTest {

    private final PackReader reader = new PackReader();
    private final PackWriter writer = new PackWriter();

    @Test
    void everyBundledPackWritesToAFileThatReadsBackEqual() {
        List<InstalledPack> bundled = BundledPacks.load(reader);
        for (InstalledPack installed : bundled) {
            PackCheck again = reader.check(installed.pack().id() + ".json", writer.write(installed.pack()));

            assertTrue(again.valid(), () -> again.problems().toString());
            assertEquals(installed.pack(), again.pack());
        }
    }

    @Test
    void pictureAndOptionalValuesRoundTrip() throws PackException {
        String json = PackFixtures.withImage(PackFixtures.minimal(), "assets/cache.png");
        Pack pack = reader.check("p", PackFixtures.utf8(json)).orThrow();

        String written = new String(writer.write(pack), java.nio.charset.StandardCharsets.UTF_8);

        assertTrue(written.startsWith("{\n  \"format\" : \"mockloop-pack\",\n  \"formatVersion\" : 1,"), written);
        assertTrue(written.contains("\"image\" : \"assets/cache.png\""), written);
        assertTrue(!written.contains("null"), "absent values are left out");
        assertEquals(pack, reader.check("p", PackFixtures.utf8(written)).orThrow());
    }
}
