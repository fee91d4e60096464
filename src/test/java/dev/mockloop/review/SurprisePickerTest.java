package dev.mockloop.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SurprisePickerTest {

    private static final PackLibrary LIBRARY = new PackLibrary(BundledPacks.load(new PackReader()));
    private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");
    private static final LibraryQuestion CAPACITY = question("mockloop.sre-data", "capacity-surge");
    private static final LibraryQuestion LIMITER = question("mockloop.bar-raiser", "one-recommendation-rate-limiter");
    private static final LibraryQuestion ROLLOUT = question("mockloop.bar-raiser", "bad-stage-recovery");
    private static final LibraryQuestion FRAUD = question("mockloop.ml-design", "realtime-card-fraud");

    private static LibraryQuestion question(String pack, String id) {
        return LIBRARY.question(pack, id).orElseThrow();
    }

    private static SurprisePicker pickerAt(Instant now, DimensionTags tags) {
        return new SurprisePicker(Clock.fixed(now, ZoneOffset.UTC), new Random(7), tags);
    }

    /** Every pick of 60 tries, to see the whole pool the rule leaves. */
    private static Set<LibraryQuestion> picks(SurprisePicker picker, List<LibraryQuestion> offered,
                                              Map<String, Instant> last, Optional<String> weakest) {
        Set<LibraryQuestion> seen = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            seen.add(picker.pick(offered, last, weakest).orElseThrow());
        }
        return seen;
    }

    private static Instant daysAgo(long days) {
        return NOW.minus(Duration.ofDays(days));
    }

    @Test
    void aQuestionAttemptedThirteenDaysAgoIsSkippedAndOneFromFifteenDaysAgoIsOffered() {
        Map<String, Instant> last = Map.of(CAPACITY.key(), daysAgo(13), LIMITER.key(), daysAgo(15));

        Set<LibraryQuestion> seen = picks(pickerAt(NOW, DimensionTags.bundled()), List.of(CAPACITY, LIMITER), last,
                Optional.empty());

        assertEquals(Set.of(LIMITER), seen);
    }

    @Test
    void twoDaysLaterTheSameQuestionIsOfferedAgain() {
        Map<String, Instant> last = Map.of(CAPACITY.key(), daysAgo(13), LIMITER.key(), daysAgo(13));

        Set<LibraryQuestion> seen = picks(pickerAt(NOW.plus(Duration.ofDays(2)), DimensionTags.bundled()),
                List.of(CAPACITY, LIMITER), last, Optional.empty());

        assertEquals(Set.of(CAPACITY, LIMITER), seen);
    }

    @Test
    void whenEveryQuestionWasAttemptedRecentlyTheOneAttemptedLongestAgoIsPicked() {
        Map<String, Instant> last = Map.of(CAPACITY.key(), daysAgo(2), LIMITER.key(), daysAgo(9),
                ROLLOUT.key(), daysAgo(5));

        Set<LibraryQuestion> seen = picks(pickerAt(NOW, DimensionTags.bundled()), List.of(CAPACITY, LIMITER, ROLLOUT),
                last, Optional.of("estimation"));

        assertEquals(Set.of(LIMITER), seen);
    }

    @Test
    void questionsTaggedForTheWeakestDimensionArePreferred() {
        // capacity-surge is tagged capacity and rate-limiter rate-limiting, both estimation tags; the rollout is not.
        Set<LibraryQuestion> seen = picks(pickerAt(NOW, DimensionTags.bundled()), List.of(CAPACITY, LIMITER, ROLLOUT),
                Map.of(), Optional.of("estimation"));

        assertEquals(Set.of(CAPACITY, LIMITER), seen);
    }

    @Test
    void aDimensionWithoutTagsOfItsOwnIsTrainedByTheQuestionsWhosePackScoresIt() {
        DimensionTags none = new DimensionTags(Map.of());

        Set<LibraryQuestion> seen = picks(pickerAt(NOW, none), List.of(CAPACITY, FRAUD, ROLLOUT), Map.of(),
                Optional.of("serving-scale"));

        assertEquals(Set.of(FRAUD), seen, "only the ML pack scores serving-scale");
    }

    @Test
    void whenNothingOnOfferTrainsTheWeakestDimensionAnyFreshQuestionCounts() {
        Set<LibraryQuestion> seen = picks(pickerAt(NOW, DimensionTags.bundled()), List.of(CAPACITY, ROLLOUT), Map.of(),
                Optional.of("no-such-dimension"));

        assertEquals(Set.of(CAPACITY, ROLLOUT), seen);
    }

    @Test
    void amongEqualsTheNeverAttemptedOnesComeFirst() {
        Map<String, Instant> last = Map.of(CAPACITY.key(), daysAgo(40));

        Set<LibraryQuestion> seen = picks(pickerAt(NOW, DimensionTags.bundled()), List.of(CAPACITY, LIMITER), last,
                Optional.of("estimation"));

        assertEquals(Set.of(LIMITER), seen);
    }

    @Test
    void theWeakestDimensionWinsOverNeverAttempted() {
        Map<String, Instant> last = Map.of(CAPACITY.key(), daysAgo(40));

        Set<LibraryQuestion> seen = picks(pickerAt(NOW, DimensionTags.bundled()), List.of(CAPACITY, ROLLOUT), last,
                Optional.of("estimation"));

        assertEquals(Set.of(CAPACITY), seen, "an estimation question tried 40 days ago beats an untried rollout one");
    }

    @Test
    void overTheWholeLibraryEveryPickIsFreshAndTrainsTheWeakestDimension() {
        Map<String, Instant> last = new HashMap<>();
        List<LibraryQuestion> all = LIBRARY.questions();
        for (int i = 0; i < all.size(); i += 2) {
            last.put(all.get(i).key(), daysAgo(1));
        }
        SurprisePicker picker = pickerAt(NOW, DimensionTags.bundled());

        Set<LibraryQuestion> seen = picks(picker, all, last, Optional.of("operability"));

        assertTrue(!seen.isEmpty());
        for (LibraryQuestion q : seen) {
            assertTrue(!last.containsKey(q.key()), q.key() + " was attempted yesterday");
            assertTrue(picker.trains(q, "operability"), q.key() + " does not train operability");
        }
        Set<String> scoring = LIBRARY.packs().stream()
                .filter(p -> p.pack().rubric().dimensions().stream().anyMatch(d -> d.id().equals("operability")))
                .map(p -> p.pack().id()).collect(Collectors.toSet());
        assertTrue(scoring.containsAll(seen.stream().map(q -> q.pack().pack().id()).collect(Collectors.toSet())),
                "only packs that score operability are picked from: " + scoring);
    }

    @Test
    void nothingOfferedPicksNothing() {
        assertTrue(pickerAt(NOW, DimensionTags.bundled()).pick(List.of(), Map.of(), Optional.of("estimation")).isEmpty());
    }
}
