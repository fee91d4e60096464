package dev.mockloop.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlineAndBarsTest {

    private final PackReader reader = new PackReader();

    private static String withOutlineAndBars() {
        return PackFixtures.minimal()
                .replace("\"levels\": { \"1\": \"Muddled.\", \"2\": \"Mostly clear.\", \"3\": \"Clear.\", \"4\": \"Crisp and structured.\" } }",
                        "\"levels\": { \"1\": \"Muddled.\", \"2\": \"Mostly clear.\", \"3\": \"Clear.\", \"4\": \"Crisp and structured.\" },"
                                + " \"bars\": { \"mid\": { \"expect\": 2, \"text\": \"Clear when asked.\" },"
                                + " \"staff\": { \"expect\": 4, \"text\": \"Frames the whole design unprompted.\" } } }")
                .replace("\"probes\": [", "\"outline\": { \"components\": [\"Read-through cache in front of the profile DB\"],"
                        + " \"estimates\": [\"Reads ≈ 20,000/s at peak: 10 M users × 170 reads a day ÷ 86,400 s\"],"
                        + " \"tradeoffs\": [\"TTL expiry over write-through invalidation\"] }, \"probes\": [");
    }

    @Test
    void outlineAndBarsAreRead() throws PackException {
        Pack pack = reader.check("p.json", PackFixtures.utf8(withOutlineAndBars())).orThrow();

        Outline outline = pack.questions().get(0).design().outline();
        assertEquals(List.of("Read-through cache in front of the profile DB"), outline.components());
        assertEquals(1, outline.estimates().size());
        assertEquals(List.of("TTL expiry over write-through invalidation"), outline.tradeoffs());
        Dimension clarity = pack.rubric().dimensions().get(0);
        assertEquals(new Bar(2, "Clear when asked."), clarity.barFor(Level.MID).orElseThrow());
        assertEquals(2, clarity.barFor(Level.JUNIOR).orElseThrow().expect(), "junior is held to the mid bar");
        assertEquals(4, clarity.barFor(Level.PRINCIPAL).orElseThrow().expect(), "principal to the staff bar");
        assertTrue(clarity.barFor(Level.SENIOR).isEmpty(), "no senior bar was given");
    }

    @Test
    void aPackWithoutOutlineOrBarsStillLoads() throws PackException {
        Pack pack = reader.check("p.json", PackFixtures.utf8(PackFixtures.minimal())).orThrow();

        assertTrue(pack.questions().get(0).design().outline().isEmpty());
        assertTrue(pack.rubric().dimensions().get(0).bars().isEmpty());
    }

    @Test
    void outlineAndBarsWriteAndReadBackEqual() throws PackException {
        Pack pack = reader.check("p.json", PackFixtures.utf8(withOutlineAndBars())).orThrow();

        String written = new String(new PackWriter().write(pack), StandardCharsets.UTF_8);

        assertTrue(written.contains("\"mid\" : {"), written);
        assertEquals(pack, reader.check("p.json", PackFixtures.utf8(written)).orThrow());
    }

    @Test
    void aPackWithoutThemWritesNeither() throws PackException {
        Pack pack = reader.check("p.json", PackFixtures.utf8(PackFixtures.minimal())).orThrow();

        String written = new String(new PackWriter().write(pack), StandardCharsets.UTF_8);

        assertFalse(written.contains("outline"), written);
        assertFalse(written.contains("bars"), written);
    }

    @Test
    void aBarOutsideOneToFourIsALocatedProblem() {
        String json = withOutlineAndBars().replace("\"expect\": 4", "\"expect\": 5");

        PackCheck check = reader.check("p.json", PackFixtures.utf8(json));

        assertFalse(check.valid());
        assertTrue(check.problems().get(0).format().contains("expect"), check.problems().toString());
    }

    @Test
    void anUnknownTargetLevelIsAProblem() {
        String json = withOutlineAndBars().replace("\"staff\": { \"expect\"", "\"principal\": { \"expect\"");

        assertFalse(reader.check("p.json", PackFixtures.utf8(json)).valid());
    }
}
