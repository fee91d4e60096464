package dev.mockloop.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CueTrackerTest {

    private final ManualTicker ticker = new ManualTicker();
    // 45-minute round: 5 + 30 + 10 minutes.
    private final PhaseTimer timer = new PhaseTimer(List.of(300_000L, 1_800_000L, 600_000L), ticker);
    private final CueTracker cues = new CueTracker();

    private List<CueKind> advance(long ms) {
        List<CueKind> fired = new ArrayList<>();
        // Poll every 250 ms, as a slow frame loop would, to show each cue fires once.
        for (long t = 0; t < ms; t += 250) {
            ticker.advanceMillis(Math.min(250, ms - t));
            cues.update(timer.snapshot()).forEach(c -> fired.add(c.kind()));
        }
        return fired;
    }

    @Test
    void nothingFiresBeforeStart() {
        cues.update(timer.snapshot());
        assertTrue(advance(400_000).isEmpty());
    }

    @Test
    void warningOneMinuteBeforeThePhaseEndsThenTimeUpOnce() {
        cues.update(timer.snapshot());
        timer.start();
        assertEquals(List.of(), advance(239_000));
        assertEquals(List.of(CueKind.PHASE_ONE_MINUTE_LEFT), advance(1_000));
        assertEquals(List.of(CueKind.PHASE_TIME_UP), advance(60_000));
        assertEquals(List.of(), advance(60_000), "overtime does not repeat the cue");
    }

    @Test
    void movingToAnotherPhaseIsABoundaryCue() {
        timer.start();
        cues.update(timer.snapshot());
        timer.next();
        assertEquals(List.of(new Cue(CueKind.PHASE_CHANGED, 1)), cues.update(timer.snapshot()));
    }

    @Test
    void halfTimeAndFiveMinutesLeftAreNotifiedOnce() {
        timer.start();
        cues.update(timer.snapshot());
        timer.next();
        cues.update(timer.snapshot());
        List<CueKind> fired = advance(1_800_000);
        assertEquals(1, fired.stream().filter(k -> k == CueKind.HALF_TIME).count());
        timer.next();
        cues.update(timer.snapshot());
        fired = advance(960_000);  // 15 minutes were left: past the 5-minute mark and the end
        assertEquals(1, fired.stream().filter(k -> k == CueKind.FIVE_MINUTES_LEFT).count());
        assertEquals(1, fired.stream().filter(k -> k == CueKind.ROUND_TIME_UP).count());
    }

    @Test
    void extensionArmsTheWarningAgain() {
        timer.start();
        cues.update(timer.snapshot());
        advance(250_000);
        timer.extend(60_000, ExtendMode.ADD_TO_ROUND);
        assertEquals(List.of(CueKind.PHASE_ONE_MINUTE_LEFT), advance(60_000));
    }

    @Test
    void shortPhasesGetNoOneMinuteWarning() {
        PhaseTimer shortTimer = new PhaseTimer(List.of(45_000L, 45_000L), ticker);
        shortTimer.start();
        cues.update(shortTimer.snapshot());
        ticker.advanceMillis(44_000);
        assertEquals(List.of(), cues.update(shortTimer.snapshot()).stream().map(Cue::kind)
                .filter(k -> k == CueKind.PHASE_ONE_MINUTE_LEFT).toList());
    }

    @Test
    void aLateFrameStillFiresEveryCrossedCue() {
        timer.start();
        cues.update(timer.snapshot());
        ticker.advanceMillis(301_000);
        assertEquals(List.of(CueKind.PHASE_ONE_MINUTE_LEFT, CueKind.PHASE_TIME_UP),
                cues.update(timer.snapshot()).stream().map(Cue::kind).toList());
    }
}
