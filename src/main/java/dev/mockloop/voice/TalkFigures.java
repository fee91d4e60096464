package dev.mockloop.voice;

import java.util.List;

/**
 * How the candidate talked in a round, measured from the recording without a speech model.
 *
 * @param recordedMs       round time covered by the recording, ms
 * @param talkMs           time spent talking, ms
 * @param longestSilenceMs the longest stretch of recorded round time without speech, ms
 * @param phases           talk time per phase, in the round's order
 * @param probes           for each probe card shown, when the candidate started speaking after it
 */
public record TalkFigures(long recordedMs, long talkMs, long longestSilenceMs, List<PhaseTalk> phases,
                          List<ProbeReply> probes) {

    /** Speech shorter than this (a cough, a click, a breath), ms, is not counted as talking. */
    public static final long MIN_SPURT_MS = 100;

    /**
     * @param phaseId  the phase's id
     * @param title    its title
     * @param lengthMs its actual length, ms
     * @param talkMs   time spent talking in it, ms
     */
    public record PhaseTalk(String phaseId, String title, long lengthMs, long talkMs) {

        /** @return the share of the phase spent talking, 0..1; 0 for a phase that took no time */
        public double share() {
            return lengthMs == 0 ? 0 : (double) talkMs / lengthMs;
        }
    }

    /**
     * @param text       the probe as asked
     * @param shownAtMs  round ms when its card appeared
     * @param responseMs ms from the card to the first speech that began after it; null if the
     *                   candidate did not speak again before the recording ended
     */
    public record ProbeReply(String text, long shownAtMs, Long responseMs) {
    }

    public TalkFigures {
        phases = List.copyOf(phases);
        probes = List.copyOf(probes);
    }

    /** @return the share of the recorded round spent talking, 0..1 */
    public double talkShare() {
        return recordedMs == 0 ? 0 : (double) talkMs / recordedMs;
    }

    /** @return the mean response time over the probes answered by speaking, ms; null if none */
    public Long meanResponseMs() {
        var answered = probes.stream().filter(p -> p.responseMs() != null).mapToLong(ProbeReply::responseMs).toArray();
        if (answered.length == 0) {
            return null;
        }
        long sum = 0;
        for (long ms : answered) {
            sum += ms;
        }
        return sum / answered.length;
    }
}
