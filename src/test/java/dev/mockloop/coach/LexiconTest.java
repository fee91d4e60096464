package dev.mockloop.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconTest {

    private final Lexicon lexicon = new Lexicon();

    @ParameterizedTest(name = "\"{0}\" and \"{1}\" share a term")
    @CsvSource(delimiter = '|', value = {
        "LB in front|load balancer",
        "pg primary|database",
        "k/v store|key-value store",
        "idem key|idempotency keys",
        "dedupe on evt id|duplicates",
        "3k/s|3,000 a second",
        "30M/day|30 M a day",
        "memcached before pg|a cache in front of the database",
        "p99 < 2ms|at p99",
        "TTL 60s|ttl",
        "QPS|requests per second"})
    void shorthandMeetsThePacksWords(String note, String pack) {
        List<String> a = lexicon.terms(note);
        List<String> b = lexicon.terms(pack);
        assertTrue(a.stream().anyMatch(b::contains), a + " vs " + b);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"store outage -> ? not sure yet", "revisit later", "could be X, depends"})
    void doubtIsHeard(String line) {
        assertTrue(lexicon.hedged(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"retry w/ backoff", "fail open, local cap"})
    void aPlainClaimIsNotDoubted(String line) {
        assertFalse(lexicon.hedged(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"no retries", "event id? not needed", "w/o a key"})
    void negationIsHeard(String line) {
        assertTrue(lexicon.negated(line));
    }

    @org.junit.jupiter.api.Test
    void stopWordsGoAndWordsAreStemmed() {
        assertEquals(List.of("retri", "backoff"), lexicon.terms("the retries with backoff").subList(0, 2));
    }
}
