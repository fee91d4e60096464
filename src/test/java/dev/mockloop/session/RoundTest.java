package dev.mockloop.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.DimensionScore;
import dev.mockloop.attempt.ScoreSheet;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.sketch.Point;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundTest {

    private static final PackLibrary LIBRARY = new PackLibrary(BundledPacks.load(new PackReader()));
    private final ManualTicker ticker = new ManualTicker();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    private LibraryQuestion questionWithFramework(String frameworkId) {
        return LIBRARY.questions().stream().filter(q -> q.question().framework().equals(frameworkId))
                .findFirst().orElseThrow();
    }

    @Test
    void designPromptStaysHiddenDuringTheStoryAndShowsAfterIt() {
        Round round = new Round(questionWithFramework("paired-45"), questionWithFramework("paired-45").framework(),
                ticker, clock);
        round.start();
        assertFalse(round.designRevealed());
        round.timer().next();
        assertTrue(round.designRevealed());
    }

    @Test
    void frameworkWithoutAStoryPhaseShowsTheDesignPromptFromTheStart() {
        LibraryQuestion q = questionWithFramework("classic-45");
        Round round = new Round(q, q.framework(), ticker, clock);
        assertTrue(round.designRevealed());
    }

    @Test
    void attemptCarriesQuestionTimingsNotesAndSketch() {
        LibraryQuestion q = questionWithFramework("paired-45");
        Round round = new Round(q, q.framework(), ticker, clock);
        round.start();
        ticker.advanceMillis(90_000);
        round.timer().next();
        ticker.advanceMillis(30_000);
        round.setNotes("numbers first");
        round.sketch().addStroke("#000000", 2, List.of(new Point(1, 1), new Point(5, 5)));
        round.finish();

        String dimension = q.pack().pack().rubric().dimensions().get(0).id();
        round.setScoreSheet(new ScoreSheet(java.util.Map.of(dimension, 2), List.of(), Verdict.LEAN_HIRE, "more estimates"));
        Attempt attempt = round.toAttempt(new byte[] {1}, true);

        assertEquals(q.pack().pack().id(), attempt.packId());
        assertEquals(q.question().id(), attempt.questionId());
        assertEquals(q.question().design().prompt(), attempt.designPrompt());
        assertEquals(90_000, attempt.phases().get(0).actualMs());
        assertEquals(30_000, attempt.phases().get(1).actualMs());
        assertEquals(q.framework().phases().size(), attempt.phases().size());
        assertEquals("numbers first", attempt.notes());
        assertEquals(round.sketch().elements(), decode(attempt.sketchJson()).elements());
        assertEquals(clock.instant(), attempt.startedAt());
        assertEquals(Verdict.LEAN_HIRE, attempt.verdict());
        assertEquals(List.of(2), attempt.scores().stream().map(DimensionScore::score).toList());
        assertEquals("more estimates", attempt.reflection());
        assertEquals(round.id(), attempt.roundId());
    }

    private static dev.mockloop.sketch.Sketch decode(String json) {
        try {
            return dev.mockloop.sketch.SketchCodec.fromJson(json);
        } catch (dev.mockloop.sketch.SketchFormatException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void unfinishedRoundCannotBeScored() {
        LibraryQuestion q = questionWithFramework("paired-45");
        Round round = new Round(q, q.framework(), ticker, clock);
        round.start();
        assertThrows(IllegalStateException.class,
                () -> round.toAttempt(new byte[0], true));
    }

    @Test
    void sketchOperationsAreStampedWithTheRoundsElapsedTimeAndPhase() {
        LibraryQuestion q = questionWithFramework("paired-45");
        Round round = new Round(q, q.framework(), ticker, clock);
        round.start();
        ticker.advanceMillis(90_000);
        round.sketch().addStroke("#000000", 2, List.of(new Point(1, 1)));
        round.timer().next();
        round.timer().pause();
        ticker.advanceMillis(600_000);
        round.timer().resume();
        ticker.advanceMillis(5_000);
        round.sketch().addStroke("#000000", 2, List.of(new Point(2, 2)));

        var entries = round.sketch().timeline().entries();
        String first = q.framework().phases().get(0).id();
        String second = q.framework().phases().get(1).id();
        assertEquals(90_000, entries.get(0).atMs());
        assertEquals(first, entries.get(0).phaseId());
        assertEquals(95_000, entries.get(1).atMs(), "paused time does not count");
        assertEquals(second, entries.get(1).phaseId());
    }
}
