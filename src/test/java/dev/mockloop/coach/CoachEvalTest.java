package dev.mockloop.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.coach.minilm.MiniLmEncoder;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coach with its real model on cases from the labelled set: an idea written in other
 * words is found, with the line that says it; words without the idea are not taken for it.
 * (The figures over the whole set are CoachBench's.)
 */
class CoachEvalTest {

    @TempDir
    static Path cache;

    private static Coach coach;
    private static EvalSet set;

    @BeforeAll
    static void loadModel() {
        coach = new Coach(MiniLmEncoder.load(cache));
        set = EvalSet.load();
    }

    private static ItemResult result(String question, String caseId, String itemId) {
        EvalSet.Question q = set.questions().stream().filter(x -> x.question().equals(question)).findFirst()
                .orElseThrow();
        EvalSet.Case c = q.cases().stream().filter(x -> x.id().equals(caseId)).findFirst().orElseThrow();
        int index = q.items().stream().map(EvalSet.Item::id).toList().indexOf(itemId);
        return coach.assess(q.key(), c.input()).items().get(index);
    }

    @Test
    void singleFlightAndAnInProcessCacheCountAsRequestCoalescingWithLocalCaches() {
        ItemResult r = result("cache-that-aged-badly", "solid", "d2");
        assertTrue(r.covered(), "paraphrase found: " + r);
        assertNotNull(r.evidence());
        assertTrue(r.evidence().text().contains("single-flight"), r.evidence().text());
        assertEquals(Evidence.Source.NOTES, r.evidence().source());
    }

    @Test
    void retryingThreeTimesImmediatelyIsNotExponentialBackoffWithJitter() {
        ItemResult r = result("payments-webhook-delivery", "rushed", "d4");
        assertFalse(r.covered(), "trap taken for the idea: " + r);
    }

    @Test
    void anUnsureFailOpenDoesNotCountAsFailingOpenPlainly() {
        ItemResult r = result("one-recommendation-rate-limiter", "partial", "d3");
        assertFalse(r.covered(), "trap taken for the idea: " + r);
    }

    @Test
    void aSettledAnswerUnderQuestionsCountsAsTheClarifyingQuestion() {
        ItemResult r = result("payments-webhook-delivery", "solid", "c4");
        assertTrue(r.covered(), r.toString());
        assertTrue(r.evidence().text().contains("2xx"), r.evidence().text());
    }

    @Test
    void aStoryLineNeverCoversADesignSignal() {
        // the rushed story names queues, redelivery and a race: none of that is the design
        CoverageResult all = coach.assess(set.questions().get(0).key(), set.questions().get(0).cases().get(1).input());
        for (ItemResult item : all.items()) {
            if (item.covered() && item.item().kind() != ItemKind.BEHAVIORAL_SIGNAL) {
                assertFalse(item.evidence().text().startsWith("story"), item.toString());
            }
        }
    }
}
