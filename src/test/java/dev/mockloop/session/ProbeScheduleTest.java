package dev.mockloop.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.ProbeResponse;
import dev.mockloop.pack.Framework;
import dev.mockloop.pack.Phase;
import dev.mockloop.pack.Probe;
import dev.mockloop.pack.PromptKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbeScheduleTest {

    private static final Framework FRAMEWORK = new Framework("f", "F", null, List.of(
            new Phase("story", "Story", 5, "g", PromptKind.BEHAVIORAL),
            new Phase("high-level-design", "HLD", 10, "g", PromptKind.DESIGN),
            new Phase("deep-dive", "Deep dive", 12, "g", PromptKind.DESIGN)));

    @Test
    void probeWithAMinuteAppearsThenInItsPhase() {
        List<ScheduledProbe> plan = ProbeSchedule.plan(List.of(new Probe("Hot key?", "deep-dive", 4.0)), FRAMEWORK);
        assertEquals(List.of(new ScheduledProbe(0, "Hot key?", 2, "deep-dive", 240_000)), plan);
    }

    @Test
    void probesWithoutAMinuteAreSpreadEvenlyAcrossTheirPhase() {
        List<ScheduledProbe> plan = ProbeSchedule.plan(List.of(
                new Probe("a", "deep-dive", null), new Probe("b", "deep-dive", null),
                new Probe("c", "deep-dive", null)), FRAMEWORK);
        assertEquals(List.of(180_000L, 360_000L, 540_000L), plan.stream().map(ScheduledProbe::atPhaseMs).toList());
    }

    @Test
    void probeForAPhaseTheFrameworkLacksGoesToTheDeepDive() {
        List<ScheduledProbe> plan = ProbeSchedule.plan(List.of(new Probe("x", "capacity", 2.0), new Probe("y", null, null)),
                FRAMEWORK);
        assertTrue(plan.stream().allMatch(p -> p.phaseId().equals("deep-dive")), plan.toString());
    }

    @Test
    void withoutADeepDiveTheLongestDesignPhaseTakesThem() {
        Framework noDeepDive = new Framework("g", "G", null, List.of(
                new Phase("story", "Story", 20, "g", PromptKind.BEHAVIORAL),
                new Phase("design", "Design", 8, "g", PromptKind.DESIGN),
                new Phase("wrap", "Wrap", 2, "g", PromptKind.DESIGN)));
        assertEquals("design", ProbeSchedule.plan(List.of(new Probe("x", null, null)), noDeepDive).get(0).phaseId());
    }

    @Test
    void trackerShowsAProbeWhenItsTimeComesAndTimesTheAcknowledgement() {
        ManualTicker ticker = new ManualTicker();
        PhaseTimer timer = new PhaseTimer(FRAMEWORK.phases().stream().map(Phase::plannedMillis).toList(), ticker);
        ProbeTracker tracker = new ProbeTracker(ProbeSchedule.plan(List.of(new Probe("Hot key?", "deep-dive", 1.0),
                new Probe("Region down?", "deep-dive", 3.0)), FRAMEWORK), ticker);
        timer.start();
        timer.next();
        ticker.advanceMillis(300_000);
        assertEquals(List.of(), tracker.update(timer.snapshot()), "not in the deep dive yet");
        timer.next();
        ticker.advanceMillis(59_000);
        assertEquals(List.of(), tracker.update(timer.snapshot()));
        ticker.advanceMillis(1_000);
        List<ScheduledProbe> due = tracker.update(timer.snapshot());
        assertEquals(List.of("Hot key?"), due.stream().map(ScheduledProbe::text).toList());
        assertEquals(List.of(), tracker.update(timer.snapshot()), "shown once");

        ticker.advanceMillis(8_500);
        assertEquals(8_500, tracker.acknowledge(due.get(0).index()));
        assertEquals(-1, tracker.acknowledge(due.get(0).index()), "second click ignored");
        ticker.advanceMillis(200_000);
        tracker.update(timer.snapshot());

        List<ProbeResponse> responses = tracker.responses();
        assertEquals(2, responses.size());
        assertEquals(new ProbeResponse("Hot key?", "deep-dive", 360_000, 8_500L), responses.get(0));
        assertNull(responses.get(1).responseMs(), "not acknowledged");
    }
}
