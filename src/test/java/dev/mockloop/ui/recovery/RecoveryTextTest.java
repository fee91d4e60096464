package dev.mockloop.ui.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.ScoreSheet;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.Framework;
import dev.mockloop.pack.Phase;
import dev.mockloop.pack.PromptKind;
import dev.mockloop.session.RoundDraft;
import dev.mockloop.session.TimerMemento;
import dev.mockloop.session.TimerState;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecoveryTextTest {

    private static final Framework FRAMEWORK = new Framework("f", "Paired, 20 minutes", null, List.of(
            new Phase("story", "Behavioral story", 8, "A story.", PromptKind.BEHAVIORAL),
            new Phase("requirements", "Requirements", 5, "Scope.", PromptKind.DESIGN),
            new Phase("design", "High-level design", 7, "Boxes.", PromptKind.DESIGN)));
    private static final long STARTED = java.time.Instant.parse("2026-11-21T09:30:00Z").toEpochMilli();

    private static RoundDraft draft(TimerState state, int current, long[] activeMs, ScoreSheet sheet, String notes) {
        List<Long> active = java.util.Arrays.stream(activeMs).map(ms -> ms * 1_000_000).boxed().toList();
        TimerMemento timer = new TimerMemento(List.of(480_000L, 300_000L, 420_000L), active, List.of(0L, 0L, 0L),
                List.of(0, 0, 0), current, state);
        return new RoundDraft("p", "1.0.0", "q", "Design a feed", "Tell me.", "Design it.", FRAMEWORK,
                state == TimerState.NOT_STARTED ? 0 : STARTED, timer, notes, "{}", List.of(), "r", sheet);
    }

    private static String describe(RoundDraft draft) {
        return RecoveryText.describe(draft, 5, ZoneOffset.UTC);
    }

    @Test
    void aRoundNeverStartedSaysSo() {
        RoundDraft draft = draft(TimerState.NOT_STARTED, 0, new long[] {0, 0, 0}, ScoreSheet.EMPTY, "ask about reads");
        String text = describe(draft);
        assertTrue(text.startsWith("\u201cDesign a feed\u201d on Paired, 20 minutes. It had not started"), text);
        assertTrue(text.contains("its notes were kept"), text);
        assertEquals("Open it again", RecoveryText.resumeLabel(draft));
    }

    @Test
    void aRunningRoundNamesItsPhaseAndTheTimeLeftInIt() {
        RoundDraft draft = draft(TimerState.RUNNING, 1, new long[] {480_000, 220_000, 0}, ScoreSheet.EMPTY, "");
        String text = describe(draft);
        assertTrue(text.contains("It was running in Requirements (phase 2 of 3) with 1:20 left in the phase, "
                + "11:40 into the round."), text);
        assertTrue(RecoveryText.onResume(draft).contains("the clock stays paused"));
        assertEquals("Resume the round", RecoveryText.resumeLabel(draft));
    }

    @Test
    void aPausedRoundInOvertimeSaysPausedAndOver() {
        RoundDraft draft = draft(TimerState.PAUSED, 0, new long[] {520_000, 0, 0}, ScoreSheet.EMPTY, "");
        assertTrue(describe(draft).contains("It was paused in Behavioral story (phase 1 of 3), +0:40 over its time"),
                describe(draft));
    }

    @Test
    void aRoundBeingScoredListsThePicksMadeSoFar() {
        ScoreSheet sheet = new ScoreSheet(Map.of("a", 3, "b", 2, "c", 4), List.of("no-numbers"), Verdict.LEAN_HIRE, "");
        RoundDraft draft = draft(TimerState.FINISHED, 3, new long[] {480_000, 300_000, 420_000}, sheet, "");
        String text = describe(draft);
        assertTrue(text.contains("It finished after 20:00 and was being scored: 3 of 5 dimensions scored, "
                + "verdict Lean hire, 1 failure mode ticked."), text);
        assertEquals("Carry on scoring", RecoveryText.resumeLabel(draft));
    }

    @Test
    void aRoundFinishedButNotYetScoredSaysNothingWasPicked() {
        RoundDraft draft = draft(TimerState.FINISHED, 3, new long[] {480_000, 300_000, 60_000}, ScoreSheet.EMPTY, "");
        assertTrue(describe(draft).endsWith("being scored: nothing was picked yet."), describe(draft));
    }
}
