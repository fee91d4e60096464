package dev.mockloop.ui.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.SampleAttempts;
import dev.mockloop.attempt.ScoreSheet;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.interview.InterviewerSheet;
import dev.mockloop.ui.common.DirectTaskRunner;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The self-score beside the interviewers' sheets, without a window. The sample attempt scored
 * itself 3 on "Dimension 3", 2 on "Dimension 2" and 4 on "Dimension 4", verdict lean hire.
 */
class InterviewerSheetViewModelTest {

    private static final Map<String, String> PACK_FAILURE_MODES = Map.of("no-numbers", "Design without numbers");

    private final Attempt attempt = SampleAttempts.full().withRoundId("round-1");

    private static InterviewerSheet sheet(int seat, Map<String, Integer> levels, List<String> failureModes,
                                          Verdict verdict, boolean submitted) {
        return new InterviewerSheet("round-1", seat, new ScoreSheet(levels, failureModes, verdict, "Go deeper."),
                "notes of seat " + seat, Instant.EPOCH, submitted);
    }

    private InterviewerSheetViewModel loaded(Attempt of, Callable<List<InterviewerSheet>> read) {
        InterviewerSheetViewModel model = new InterviewerSheetViewModel(of, read, new DirectTaskRunner(), PACK_FAILURE_MODES);
        model.load();
        return model;
    }

    @Test
    void eachDimensionHasBothLevelsAndTheGapToTheInterviewersMean() {
        InterviewerSheetViewModel model = loaded(attempt, () -> List.of(
                sheet(1, Map.of("dim-3", 2, "dim-2", 2), List.of(), Verdict.NO_HIRE, true),
                sheet(2, Map.of("dim-3", 1, "dim-4", 4, "dim-9", 3), List.of(), null, true)));

        assertTrue(model.presentProperty().get());
        assertEquals("", model.messageProperty().get());
        assertEquals(List.of(
                new InterviewerSheetViewModel.Row("Dimension 3", "3", List.of("2", "1"), "+1.5"),
                new InterviewerSheetViewModel.Row("Dimension 2", "2", List.of("2", "\u2013"), "0"),
                new InterviewerSheetViewModel.Row("Dimension 4", "4", List.of("\u2013", "4"), "0"),
                new InterviewerSheetViewModel.Row("dim-9", "\u2013", List.of("\u2013", "3"), "")), model.rows(),
                "the candidate's dimensions first, then one only an interviewer scored; no gap without both");
    }

    @Test
    void eachInterviewerSaysTheirVerdictFailureModesAndWordsBesideTheCandidates() {
        InterviewerSheetViewModel model = loaded(attempt, () -> List.of(
                sheet(1, Map.of(), List.of("no-numbers", "api-late"), Verdict.NO_HIRE, true),
                sheet(2, Map.of(), List.of("mystery-mode"), null, false)));

        assertEquals("Lean hire", model.selfVerdictProperty().get());
        assertEquals("Skipped capacity estimates, API came too late", model.selfFailuresProperty().get());
        InterviewerSheetViewModel.Voice first = model.voices().get(0);
        assertEquals(new InterviewerSheetViewModel.Voice("Interviewer", "No hire",
                "Design without numbers, API came too late", "Go deeper.", "notes of seat 1"), first,
                "failure modes by their titles, from the pack or from the candidate's own ticks");
        InterviewerSheetViewModel.Voice second = model.voices().get(1);
        assertEquals("Second interviewer (draft: the round was saved before they submitted)", second.who());
        assertEquals("none", second.verdict());
        assertEquals("mystery-mode", second.failures(), "an id the pack does not know is shown as it is");
    }

    @Test
    void aRoundNobodyInterviewedSaysSo() {
        InterviewerSheetViewModel model = loaded(attempt, List::of);
        assertFalse(model.presentProperty().get());
        assertEquals("No interviewer scored this round.", model.messageProperty().get());
        assertTrue(model.rows().stream().allMatch(r -> r.interviewers().isEmpty() && r.gap().isEmpty()));
    }

    @Test
    void anAttemptWithoutARoundIsNotLookedUp() {
        InterviewerSheetViewModel model = loaded(SampleAttempts.full(), () -> {
            throw new AssertionError("an attempt saved before rounds had ids has no sheets to read");
        });
        assertFalse(model.presentProperty().get());
        assertEquals("No interviewer scored this round.", model.messageProperty().get());
    }

    @Test
    void aFailedReadSaysWhy() {
        InterviewerSheetViewModel model = loaded(attempt, () -> {
            throw new IllegalStateException("the database is locked by another program");
        });
        assertEquals("Could not read the interviewer's scores: the database is locked by another program",
                model.messageProperty().get());
        assertFalse(model.presentProperty().get());
    }

    @Test
    void gapsCarryTheirSignWithARealMinus() {
        assertEquals("+1", InterviewerSheetViewModel.signed(1));
        assertEquals("\u22120.5", InterviewerSheetViewModel.signed(-0.5));
        assertEquals("0", InterviewerSheetViewModel.signed(1e-12));
        assertEquals("+1.3", InterviewerSheetViewModel.signed(4 / 3.0));
    }

    @Test
    void theListsAreReadOnlyAndTheSameEachTime() {
        InterviewerSheetViewModel model = loaded(attempt, List::of);
        assertSame(model.rows(), model.rows());
        assertSame(model.voices(), model.voices());
        assertThrows(UnsupportedOperationException.class, model.rows()::clear);
    }
}
