package dev.mockloop.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mockloop.pack.PackBundle;
import dev.mockloop.pack.PackCheck;
import dev.mockloop.pack.PackException;
import dev.mockloop.pack.PackReader;
import dev.mockloop.pack.PackWriter;
import dev.mockloop.pack.io.Download;
import dev.mockloop.pack.io.PackSources;

/**
 * Fuzzes the pack reader and validator, and the zip reader: whatever the bytes, the only
 * failure allowed is a {@link PackException} (the documented pack errors), with at least
 * one located problem; a pack that passes writes out and reads back equal.
 *
 * <p>{@code ./mvnw verify} runs each target for a few seconds (JAZZER_FUZZ=1 executions in
 * the pom) and the seeds in {@code PackReaderFuzzTestInputs} with the unit tests; see
 * BENCHMARKS.md for running longer.
 */
class PackReaderFuzzTest {

    private static final PackReader READER = new PackReader();
    private static final PackWriter WRITER = new PackWriter();
    private static final PackSources SOURCES = new PackSources(READER, WRITER, new Download());

    @FuzzTest(maxDuration = "5s")
    void packJsonIsReadOrRefusedWithLocatedProblems(byte[] bytes) {
        PackCheck check = READER.check("fuzz.json", bytes);
        if (!check.valid()) {
            assertFalse(check.problems().isEmpty());
            check.problems().forEach(p -> assertTrue(p.format().startsWith("fuzz.json:")));
            return;
        }
        PackCheck again = READER.check("again.json", WRITER.write(check.pack()));
        assertTrue(again.valid(), () -> again.problems().toString());
        assertEquals(check.pack(), again.pack());
    }

    @FuzzTest(maxDuration = "5s")
    void zipPackIsReadOrRefused(byte[] bytes) {
        byte[] zip = new byte[bytes.length + 4];
        zip[0] = 'P';
        zip[1] = 'K';
        zip[2] = 3;
        zip[3] = 4;
        System.arraycopy(bytes, 0, zip, 4, bytes.length);
        try {
            PackBundle bundle = SOURCES.fromBytes("fuzz.zip", zip);
            assertTrue(bundle.assets().keySet().stream().allMatch(k -> k.startsWith("assets/") && !k.contains("..")));
        } catch (PackException expected) {
            assertFalse(expected.problems().isEmpty());
        }
    }
}
