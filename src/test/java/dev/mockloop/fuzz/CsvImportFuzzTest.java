package dev.mockloop.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.PackBundle;
import dev.mockloop.pack.PackException;
import dev.mockloop.pack.PackReader;
import dev.mockloop.pack.PackTemplate;
import dev.mockloop.pack.PackWriter;
import dev.mockloop.pack.io.CsvOptions;
import dev.mockloop.pack.io.CsvPackReader;

/**
 * Fuzzes the CSV importer: whatever the bytes, the result is a pack that passes the pack
 * checks, or a {@link PackException} naming at least one problem. Anything else is a bug.
 */
class CsvImportFuzzTest {

    private static final PackReader READER = new PackReader();
    private static final CsvPackReader CSV = new CsvPackReader(READER, new PackWriter());
    private static final PackTemplate TEMPLATE = PackTemplate.of(BundledPacks.load(READER).get(0).pack());
    private static final CsvOptions OPTIONS = new CsvOptions("csv.fuzz", "Fuzz", "1.0.0", "Fuzzer", "NOASSERTION");

    @FuzzTest(maxDuration = "5s")
    void csvBecomesAValidPackOrAListOfProblems(byte[] bytes) {
        try {
            PackBundle bundle = CSV.read("fuzz.csv", bytes, OPTIONS, TEMPLATE);
            assertTrue(READER.check("again.json", bundle.json()).valid());
        } catch (PackException expected) {
            assertFalse(expected.problems().isEmpty());
        }
    }
}
