package dev.mockloop.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhaseTimerTest {

    private final ManualTicker ticker = new ManualTicker();
    private final PhaseTimer timer = new PhaseTimer(List.of(60_000L, 120_000L, 30_000L), ticker);

    @Test
    void nothingCountsBeforeStart() {
        ticker.advance(Duration.ofMinutes(5));
        TimerSnapshot s = timer.snapshot();
        assertEquals(TimerState.NOT_STARTED, s.state());
        assertEquals(0, s.roundElapsedMs());
        assertEquals(60_000, s.phaseRemainingMs());
        assertEquals(210_000, s.roundRemainingMs());
    }

    @Test
    void runningPhaseCountsDownFromItsBudget() {
        timer.start();
        ticker.advanceMillis(12_345);
        TimerSnapshot s = timer.snapshot();
        assertEquals(12_345, s.phaseElapsedMs());
        assertEquals(47_655, s.phaseRemainingMs());
        assertEquals(210_000 - 12_345, s.roundRemainingMs());
    }

    @Test
    void pauseStopsTheClockUntilResume() {
        timer.start();
        ticker.advanceMillis(10_000);
        timer.pause();
        ticker.advance(Duration.ofHours(2));
        assertEquals(10_000, timer.snapshot().roundElapsedMs());
        timer.resume();
        ticker.advanceMillis(5_000);
        assertEquals(15_000, timer.snapshot().phaseElapsedMs());
    }

    @Test
    void phasePastItsBudgetKeepsCountingInOvertime() {
        timer.start();
        ticker.advanceMillis(83_000);
        TimerSnapshot s = timer.snapshot();
        assertEquals(0, s.phaseIndex(), "no silent auto-advance");
        assertTrue(s.phaseOvertime());
        assertEquals(-23_000, s.phaseRemainingMs());
    }

    @Test
    void nextRecordsThePhaseAndStartsTheNextFromZero() {
        timer.start();
        ticker.advanceMillis(50_000);
        timer.next();
        ticker.advanceMillis(7_000);
        TimerSnapshot s = timer.snapshot();
        assertEquals(1, s.phaseIndex());
        assertEquals(7_000, s.phaseElapsedMs());
        assertEquals(List.of(50_000L, 7_000L, 0L), timer.actualMillis());
    }

    @Test
    void nextWhilePausedMovesOnButStaysPaused() {
        timer.start();
        ticker.advanceMillis(1_000);
        timer.pause();
        timer.next();
        ticker.advanceMillis(9_000);
        assertEquals(TimerState.PAUSED, timer.state());
        assertEquals(0, timer.snapshot().phaseElapsedMs());
    }

    @Test
    void nextOnTheLastPhaseFinishesTheRound() {
        timer.start();
        timer.next();
        timer.next();
        ticker.advanceMillis(4_000);
        timer.next();
        assertEquals(TimerState.FINISHED, timer.state());
        ticker.advanceMillis(60_000);
        assertEquals(List.of(0L, 0L, 4_000L), timer.actualMillis(), "time stops at finish");
    }

    @Test
    void finishEarlyKeepsTheTimeSpentSoFar() {
        timer.start();
        ticker.advanceMillis(30_000);
        timer.finish();
        assertEquals(TimerState.FINISHED, timer.state());
        assertEquals(List.of(30_000L, 0L, 0L), timer.actualMillis());
    }

    @Test
    void simulatedFortyFiveMinuteRoundPhaseTotalsEqualElapsedToTheMillisecond() {
        List<Long> plan = List.of(8L, 5L, 4L, 6L, 10L, 9L, 3L).stream().map(m -> m * 60_000).toList();
        PhaseTimer round = new PhaseTimer(plan, ticker);
        Random random = new Random(42);
        long activeNanos = 0;
        round.start();
        for (int phase = 0; phase < plan.size(); phase++) {
            for (int step = 0; step < 50; step++) {
                long ns = 1 + (long) (random.nextDouble() * 12_345_678_901L / 50);
                ticker.advanceNanos(ns);
                activeNanos += ns;
                if (step == 25) {
                    round.pause();
                    ticker.advance(Duration.ofSeconds(37));
                    round.resume();
                }
            }
            round.next();
        }
        assertEquals(TimerState.FINISHED, round.state());
        long recorded = round.actualMillis().stream().mapToLong(Long::longValue).sum();
        assertEquals(activeNanos / 1_000_000, recorded);
        assertEquals(recorded, round.snapshot().roundElapsedMs());
    }

    @Test
    void phaseBudgetsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new PhaseTimer(List.of(0L), ticker));
        assertThrows(IllegalArgumentException.class, () -> new PhaseTimer(List.of(), ticker));
    }

    @Test
    void progressIsTheShareOfTheBudgetUsedCappedAtOne() {
        timer.start();
        ticker.advanceMillis(105_000);
        assertEquals(0.5, timer.snapshot().roundProgress(), 1e-9);
        ticker.advance(Duration.ofMinutes(10));
        assertEquals(1.0, timer.snapshot().roundProgress());
        assertFalse(timer.snapshot().roundRemainingMs() > 0);
    }

    @Test
    void backReturnsToThePreviousPhaseWhichCarriesOnFromItsTime() {
        timer.start();
        ticker.advanceMillis(40_000);
        timer.next();
        ticker.advanceMillis(5_000);
        timer.back();
        ticker.advanceMillis(2_000);
        assertEquals(0, timer.currentPhase());
        assertEquals(42_000, timer.snapshot().phaseElapsedMs());
        assertEquals(List.of(42_000L, 5_000L, 0L), timer.actualMillis());
    }

    @Test
    void backInTheFirstPhaseOrAfterFinishDoesNothing() {
        timer.start();
        timer.back();
        assertEquals(0, timer.currentPhase());
        timer.finish();
        timer.back();
        assertEquals(TimerState.FINISHED, timer.state());
    }

    @Test
    void extendAddingToTheRoundGrowsOnlyTheCurrentPhase() {
        timer.start();
        timer.extend(60_000, ExtendMode.ADD_TO_ROUND);
        assertEquals(List.of(120_000L, 120_000L, 30_000L), timer.plannedMillis());
        assertEquals(270_000, timer.snapshot().roundPlannedMs());
    }

    @Test
    void extendTakingFromLaterPhasesKeepsTheRoundLengthAndSqueezesNextFirst() {
        timer.start();
        timer.extend(60_000, ExtendMode.TAKE_FROM_LATER_PHASES);
        assertEquals(List.of(120_000L, 60_000L, 30_000L), timer.plannedMillis());
        assertEquals(210_000, timer.snapshot().roundPlannedMs());
    }

    @Test
    void laterPhasesNeverShrinkBelowAMinuteAndTheRestIsAddedToTheRound() {
        timer.start();
        timer.extend(300_000, ExtendMode.TAKE_FROM_LATER_PHASES);
        // Next phase gives 60 s (down to 1 min); the last is already under 1 min and gives nothing.
        assertEquals(List.of(360_000L, 60_000L, 30_000L), timer.plannedMillis());
        assertEquals(450_000, timer.snapshot().roundPlannedMs());
    }

    @Test
    void extendingAPhaseInOvertimeEndsItsOvertime() {
        timer.start();
        ticker.advanceMillis(90_000);
        assertTrue(timer.snapshot().phaseOvertime());
        timer.extend(60_000, ExtendMode.ADD_TO_ROUND);
        assertFalse(timer.snapshot().phaseOvertime());
        assertEquals(30_000, timer.snapshot().phaseRemainingMs());
    }

    @Test
    void pausedTimeAndPauseCountsAreKeptPerPhase() {
        timer.start();
        ticker.advanceMillis(1_000);
        timer.pause();
        ticker.advanceMillis(20_000);
        timer.resume();
        timer.next();
        timer.pause();
        ticker.advanceMillis(3_000);
        timer.next();
        ticker.advanceMillis(4_000);
        assertEquals(List.of(20_000L, 3_000L, 4_000L), timer.pausedMillis());
        assertEquals(List.of(1, 1, 0), timer.pauseCounts());
        assertEquals(List.of(1_000L, 0L, 0L), timer.actualMillis());
    }

    @Test
    void mementoRestoresTheTimerExactlyAndPaused() {
        timer.start();
        ticker.advanceNanos(61_234_567_891L);
        timer.next();
        timer.extend(60_000, ExtendMode.ADD_TO_ROUND);
        ticker.advanceNanos(7_000_000_123L);
        TimerMemento saved = timer.memento();

        ManualTicker later = new ManualTicker();
        later.advance(Duration.ofHours(5));
        PhaseTimer restored = PhaseTimer.restore(saved, later);

        assertEquals(TimerState.PAUSED, restored.state(), "a crashed round comes back paused");
        assertEquals(timer.actualMillis(), restored.actualMillis());
        assertEquals(timer.plannedMillis(), restored.plannedMillis());
        assertEquals(1, restored.currentPhase());
        later.advanceMillis(10_000);
        assertEquals(timer.actualMillis(), restored.actualMillis(), "paused: time does not move");
        restored.resume();
        later.advanceMillis(2_000);
        assertEquals(7_000 + 2_000, restored.snapshot().phaseElapsedMs());
        assertEquals(saved.activeNanos(), PhaseTimer.restore(saved, later).memento().activeNanos());
    }

    @Test
    void mementoOfAFinishedRoundStaysFinished() {
        timer.start();
        ticker.advanceMillis(5_000);
        timer.finish();
        PhaseTimer restored = PhaseTimer.restore(timer.memento(), ticker);
        assertEquals(TimerState.FINISHED, restored.state());
        assertEquals(List.of(5_000L, 0L, 0L), restored.actualMillis());
    }
}
