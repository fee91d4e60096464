package dev.mockloop.interview;

import dev.mockloop.session.Round;

/**
 * What interviewer mode may see and do of the round in progress. Every method is called on the
 * round's own thread (the UI thread in the app), through the executor the composition root gives
 * {@link InterviewService}.
 */
public interface LiveRound {

    /** @return the round's id (a UUID string), the same on its draft and its saved attempt */
    String roundId();

    /** @return the round, read for the page: question, framework, timer, probes, sketch */
    Round round();

    /**
     * The interviewer asks this probe now: it appears on the candidate's screen as a probe card,
     * and its response time is recorded.
     *
     * @param probeIndex its index in {@code round().probes().schedule()}
     */
    void fireProbe(int probeIndex);

    /** @param message the interviewer's "move on", cleaned by {@link PageText}, shown as a banner */
    void nudge(String message);
}
