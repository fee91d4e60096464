package dev.mockloop.session;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.PhaseTime;
import dev.mockloop.attempt.ProbeResponse;
import dev.mockloop.attempt.ScoreSheet;
import dev.mockloop.pack.Framework;
import dev.mockloop.pack.Phase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A round in progress as autosaved: enough to resume it exactly after a crash, or to
 * keep it as an unfinished attempt when its pack is gone. Plain values, written as JSON.
 *
 * @param packId           the pack's id
 * @param packVersion      the pack's version
 * @param questionId       the question's id
 * @param questionTitle    copied so the draft reads well without its pack
 * @param behavioralPrompt copied likewise
 * @param designPrompt     copied likewise
 * @param framework        the framework the round runs on (possibly the user's override)
 * @param startedAtMs      wall-clock start, epoch ms, or 0 if the round had not started
 * @param timer            the timer's exact state
 * @param notes            the notes pane's text
 * @param sketchJson       the sketch in the sketch codec's JSON
 * @param probes           probes shown so far, with their acknowledgement times
 * @param roundId          the round's id (a UUID string); {@code null} in drafts from before round ids
 * @param scoreSheet       the score sheet as filled so far, empty before scoring
 */
public record RoundDraft(String packId, String packVersion, String questionId, String questionTitle,
                         String behavioralPrompt, String designPrompt, Framework framework, long startedAtMs,
                         TimerMemento timer, String notes, String sketchJson, List<ProbeResponse> probes,
                         String roundId, ScoreSheet scoreSheet) {

    public RoundDraft {
        probes = probes == null ? List.of() : List.copyOf(probes);
        notes = notes == null ? "" : notes;
        scoreSheet = scoreSheet == null ? ScoreSheet.EMPTY : scoreSheet;
    }

    /** @return whether the round's clock had run out of phases, i.e. it was waiting to be scored */
    public boolean finished() {
        return timer.state() == TimerState.FINISHED;
    }

    /**
     * The draft kept as an unfinished attempt: its timings, notes and sketch, no score.
     * Its end is estimated as the start plus the time spent, pauses included.
     */
    public Attempt toUnfinishedAttempt() {
        List<PhaseTime> phases = new ArrayList<>();
        long pausedMs = 0;
        for (int i = 0; i < framework.phases().size(); i++) {
            Phase phase = framework.phases().get(i);
            long paused = timer.pausedNanos().get(i) / 1_000_000;
            pausedMs += paused;
            phases.add(new PhaseTime(phase.id(), phase.title(), timer.plannedMs().get(i),
                    timer.activeNanos().get(i) / 1_000_000, paused, timer.pauses().get(i)));
        }
        Instant start = Instant.ofEpochMilli(startedAtMs);
        return new Attempt(null, packId, packVersion, questionId, questionTitle, behavioralPrompt, designPrompt,
                framework.id(), framework.title(), start, start.plusMillis(elapsedMs() + pausedMs), phases, notes,
                sketchJson, new byte[0], List.of(), List.of(), null, scoreSheet.text(), probes, roundId, true);
    }

    /** @return time spent in the round so far in ms, pauses excluded */
    public long elapsedMs() {
        return timer.activeNanos().stream().mapToLong(Long::longValue).sum() / 1_000_000;
    }
}
