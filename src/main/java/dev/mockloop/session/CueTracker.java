package dev.mockloop.session;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a stream of {@link TimerSnapshot}s into {@link Cue}s by noticing thresholds
 * crossed between one snapshot and the next: 1 minute left in a phase (only for phases
 * longer than that), a phase's time up, a phase change, half-time, 5 minutes left and
 * the round's time up. Each crossing fires once, however often the UI polls; an
 * extension that moves a threshold back arms it again.
 */
public final class CueTracker {

    /** A phase's warning comes this long before its end: 60,000 ms. */
    public static final long PHASE_WARNING_MS = 60_000;
    /** The round's late notification comes this long before its end: 300,000 ms. */
    public static final long ROUND_WARNING_MS = 300_000;

    private TimerSnapshot last;

    /**
     * @param now the latest snapshot
     * @return the cues fired since the previous call, in order; none on the first call
     *         or while the timer has not started
     */
    public List<Cue> update(TimerSnapshot now) {
        TimerSnapshot before = last;
        last = now;
        List<Cue> cues = new ArrayList<>();
        if (before == null || before.state() == TimerState.NOT_STARTED || now.state() == TimerState.FINISHED) {
            return cues;
        }
        int phase = now.phaseIndex();
        if (phase != before.phaseIndex()) {
            cues.add(new Cue(CueKind.PHASE_CHANGED, phase));
        } else {
            if (now.phasePlannedMs() > PHASE_WARNING_MS
                    && crossed(before.phaseRemainingMs(), now.phaseRemainingMs(), PHASE_WARNING_MS)) {
                cues.add(new Cue(CueKind.PHASE_ONE_MINUTE_LEFT, phase));
            }
            if (crossed(before.phaseRemainingMs(), now.phaseRemainingMs(), 0)) {
                cues.add(new Cue(CueKind.PHASE_TIME_UP, phase));
            }
        }
        if (crossed(before.roundPlannedMs() - 2 * before.roundElapsedMs(), now.roundPlannedMs() - 2 * now.roundElapsedMs(), 0)) {
            cues.add(new Cue(CueKind.HALF_TIME, phase));
        }
        if (now.roundPlannedMs() > ROUND_WARNING_MS
                && crossed(before.roundRemainingMs(), now.roundRemainingMs(), ROUND_WARNING_MS)) {
            cues.add(new Cue(CueKind.FIVE_MINUTES_LEFT, phase));
        }
        if (crossed(before.roundRemainingMs(), now.roundRemainingMs(), 0)) {
            cues.add(new Cue(CueKind.ROUND_TIME_UP, phase));
        }
        return cues;
    }

    /** @return whether a countdown went from above the threshold to at or below it */
    private static boolean crossed(long before, long now, long threshold) {
        return before > threshold && now <= threshold;
    }
}
