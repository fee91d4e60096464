package dev.mockloop.attempt;

import java.util.List;

/**
 * What happened to a probe on the round's schedule, as the answer key tells it.
 */
public enum ProbeFate {
    /** Its card appeared and the candidate answered it. */
    ANSWERED,
    /** Its card appeared; the round ended before it was answered. */
    UNANSWERED,
    /** Its phase ran, but was left before the probe's minute came: the phase was skipped or cut short. */
    SKIPPED,
    /** The round ended before its phase began. */
    NOT_REACHED;

    /**
     * @param probe  a probe of the attempt
     * @param phases the attempt's phases, planned against actual
     * @return its fate
     */
    public static ProbeFate of(ProbeResponse probe, List<PhaseTime> phases) {
        if (probe.shown()) {
            return probe.acknowledged() ? ANSWERED : UNANSWERED;
        }
        boolean phaseRan = phases.stream().anyMatch(p -> p.phaseId().equals(probe.phaseId()) && p.actualMs() > 0);
        return phaseRan ? SKIPPED : NOT_REACHED;
    }

    /**
     * @param probe the probe this fate belongs to
     * @return one line for people, e.g. "answered after 4.5 s (it appeared at 17:05)"
     */
    public String describe(ProbeResponse probe) {
        return switch (this) {
            case ANSWERED -> "answered after " + seconds(probe.responseMs()) + " (it appeared at "
                    + clock(probe.shownAtMs()) + ")";
            case UNANSWERED -> "appeared at " + clock(probe.shownAtMs()) + ", not answered before the round ended";
            case SKIPPED -> "missed: its phase was left before it came up";
            case NOT_REACHED -> "never reached: the round ended before its phase";
        };
    }

    private static String seconds(long ms) {
        if (ms < 60_000) {
            return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        long s = Math.round(ms / 1000.0);
        return s / 60 + " min " + s % 60 + " s";
    }

    /** Round time as m:ss. */
    private static String clock(long ms) {
        long s = ms / 1000;
        return s / 60 + ":" + String.format("%02d", s % 60);
    }
}
