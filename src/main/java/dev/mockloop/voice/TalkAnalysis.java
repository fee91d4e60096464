package dev.mockloop.voice;

import dev.mockloop.attempt.PhaseTime;
import dev.mockloop.attempt.ProbeResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a round's {@link TalkFigures} from its {@link SpeechTrack}, its phases' actual times
 * (laid end to end from round ms 0, as the timer counts them, pauses excluded) and the probe
 * cards shown (at round ms). A probe's response time runs from its card to the first spurt
 * of speech that begins after it, so a sentence already under way when it appeared does not count.
 */
public final class TalkAnalysis {

    private TalkAnalysis() {
    }

    /**
     * @param track  where the candidate spoke
     * @param phases the attempt's phases, in order
     * @param probes the probes shown, with the round ms of their cards
     */
    public static TalkFigures figures(SpeechTrack track, List<PhaseTime> phases, List<ProbeResponse> probes) {
        long recorded = track.recorded().stream().mapToLong(SpeechTrack.Interval::length).sum();
        long talk = track.speech().stream().mapToLong(SpeechTrack.Interval::length).sum();
        List<TalkFigures.PhaseTalk> perPhase = new ArrayList<>();
        long at = 0;
        for (PhaseTime phase : phases) {
            long end = at + phase.actualMs();
            perPhase.add(new TalkFigures.PhaseTalk(phase.phaseId(), phase.title(), phase.actualMs(), track.talkMs(at, end)));
            at = end;
        }
        List<TalkFigures.ProbeReply> replies = new ArrayList<>();
        for (ProbeResponse probe : probes) {
            if (probe.shownAtMs() < 0) {
                continue;  // skipped: its card never appeared
            }
            long first = track.firstSpeechFrom(probe.shownAtMs());
            replies.add(new TalkFigures.ProbeReply(probe.text(), probe.shownAtMs(),
                    first < 0 ? null : first - probe.shownAtMs()));
        }
        return new TalkFigures(recorded, talk, track.longestSilenceMs(), perPhase, replies);
    }
}
