package dev.mockloop.ui.session;

import dev.mockloop.pack.Framework;
import dev.mockloop.session.Cue;
import dev.mockloop.session.TimerSnapshot;
import dev.mockloop.ui.common.TimeText;

/** The banner line each timer cue puts up, or none. */
final class CueBanners {

    private CueBanners() {
    }

    /**
     * @param cue       the cue that fired
     * @param framework the round's plan, for the phase's title
     * @param now       the timer now, for the time left in the round
     * @return the banner's text, or null for a cue without one (a phase change)
     */
    static String text(Cue cue, Framework framework, TimerSnapshot now) {
        String phase = cue.phaseIndex() < framework.phases().size()
                ? framework.phases().get(cue.phaseIndex()).title() : "";
        return switch (cue.kind()) {
            case PHASE_ONE_MINUTE_LEFT -> "1 minute left in " + phase;
            case PHASE_TIME_UP -> phase + " is over time: wrap it up or extend it";
            case PHASE_CHANGED -> null;
            case HALF_TIME -> "Half-time: " + TimeText.countdown(now.roundRemainingMs()) + " left in the round";
            case FIVE_MINUTES_LEFT -> "5 minutes left in the round";
            case ROUND_TIME_UP -> "The round is over time";
        };
    }
}
