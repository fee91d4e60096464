package dev.mockloop.ui.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.interview.ScoreGap;
import dev.mockloop.ui.common.DirectTaskRunner;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The self-against-interviewer series without a window: lines per dimension, days in the user's zone, the headline. */
class InterviewerGapViewModelTest {

    private static final Instant MONDAY_LATE = Instant.parse("2026-11-30T23:30:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-12-01T10:00:00Z");

    private static InterviewerGapViewModel loaded(List<ScoreGap> gaps, ZoneId zone) {
        InterviewerGapViewModel model = new InterviewerGapViewModel(() -> gaps, new DirectTaskRunner(), zone);
        model.load();
        return model;
    }

    @Test
    void eachDimensionBothScoredIsOneLineOfItsRoundsInOrder() {
        InterviewerGapViewModel model = loaded(List.of(new ScoreGap(MONDAY_LATE, "scope", "Scope", 3, 3),
                new ScoreGap(MONDAY_LATE, "deep", "Deep dive", 4, 3), new ScoreGap(TUESDAY, "deep", "Deep dive", 2, 3)),
                ZoneOffset.UTC);

        assertEquals(List.of("Scope", "Deep dive"), model.series().stream().map(InterviewerGapViewModel.Series::title).toList());
        List<InterviewerGapViewModel.Point> deep = model.series().get(1).points();
        assertEquals(List.of(new InterviewerGapViewModel.Point(LocalDate.of(2026, 11, 30).toEpochDay(), 1.0),
                new InterviewerGapViewModel.Point(LocalDate.of(2026, 12, 1).toEpochDay(), -1.0)), deep,
                "self minus interviewer, one point per round");
        assertEquals("You and your interviewers agree on every dimension, within a quarter of a point (over 1 round).",
                model.headlineProperty().get(), "deep dive averages out; scope agrees");
    }

    @Test
    void aRoundLateInTheEveningFallsOnTheUsersDay() {
        InterviewerGapViewModel berlin = loaded(List.of(new ScoreGap(MONDAY_LATE, "deep", "Deep dive", 4, 3)),
                ZoneId.of("Europe/Berlin"));
        assertEquals(LocalDate.of(2026, 12, 1).toEpochDay(), berlin.series().get(0).points().get(0).epochDay());
        assertEquals("You rate your deep dive a point higher than your interviewers do (over 1 round).",
                berlin.headlineProperty().get());
    }

    @Test
    void withNothingToCompareTheHeadlineSaysSoAndThereAreNoLines() {
        InterviewerGapViewModel model = loaded(List.of(), ZoneOffset.UTC);
        assertTrue(model.series().isEmpty());
        assertEquals("No interviewer has scored one of your saved rounds yet.", model.headlineProperty().get());
    }

    @Test
    void aFailedReadIsSaidInTheHeadline() {
        InterviewerGapViewModel model = new InterviewerGapViewModel(() -> {
            throw new IllegalStateException("the database is locked by another program");
        }, new DirectTaskRunner(), ZoneOffset.UTC);
        model.load();
        assertEquals("Could not read your interviewers' scores: the database is locked by another program",
                model.headlineProperty().get());
        assertTrue(model.series().isEmpty());
    }

    @Test
    void theLinesAreReadOnlyAndTheSameListEachTime() {
        InterviewerGapViewModel model = loaded(List.of(new ScoreGap(TUESDAY, "deep", "Deep dive", 4, 3)), ZoneOffset.UTC);
        assertSame(model.series(), model.series(), "one view: a chart's listener on it stays");
        assertThrows(UnsupportedOperationException.class, model.series()::clear);
    }
}
