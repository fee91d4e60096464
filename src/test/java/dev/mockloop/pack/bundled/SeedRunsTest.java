package dev.mockloop.pack.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed comparison finds a copied sentence however it is punctuated, and nothing in a short text. */
class SeedRunsTest {

    @Test
    void aCopiedSentenceMatchesDespiteCaseAndPunctuation() {
        List<String> seed = SeedOverlapTest.runs("It was grading something ELSE, entirely: the model!");
        List<String> pack = SeedOverlapTest.runs("it was grading something else entirely the model");

        assertTrue(seed.containsAll(pack), seed + " / " + pack);
    }

    @Test
    void textsShorterThanSevenWordsHaveNoRuns() {
        assertEquals(List.of(), SeedOverlapTest.runs("Design a rate limiter now."));
    }
}
