package dev.mockloop.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.Dimension;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Progress's tally of recent self-scores against the bar of each question's level. */
class BarTallyTest {

    private static final PackLibrary LIBRARY = new PackLibrary(BundledPacks.load(new PackReader()));

    private static HistoryRow row(LibraryQuestion q, Map<String, Integer> scores) {
        return new HistoryRow(1, Instant.EPOCH, q.pack().pack().id(), q.question().id(), q.question().title(), "f",
                60_000, Verdict.HIRE, 3, scores, false);
    }

    @Test
    void eachRoundIsCountedAgainstTheBarOfItsOwnQuestionsLevel() {
        LibraryQuestion q = LIBRARY.questions().stream()
                .filter(x -> x.pack().pack().rubric().dimensions().get(0).barFor(x.question().level()).isPresent())
                .findFirst().orElseThrow();
        Dimension d = q.pack().pack().rubric().dimensions().get(0);
        int bar = d.barFor(q.question().level()).orElseThrow().expect();

        List<BarTally> tallies = BarTally.of(List.of(
                row(q, Map.of(d.id(), bar)),
                row(q, Map.of(d.id(), bar - 1)),
                new HistoryRow(2, Instant.EPOCH, "gone.pack", "q", "Gone", "f", 1, Verdict.HIRE, 4,
                        Map.of(d.id(), 4), false)), LIBRARY);

        assertEquals(List.of(new BarTally(d.id(), d.title(), 1, 2)), tallies,
                "at the bar counts, one below does not, a question no longer installed is left out");
    }

    @Test
    void aRoundNotScoredOnADimensionIsNotCountedThere() {
        LibraryQuestion q = LIBRARY.questions().get(0);
        assertEquals(List.of(), BarTally.of(List.of(row(q, Map.of())), LIBRARY));
    }
}
