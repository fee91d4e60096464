package dev.mockloop.session;

import dev.mockloop.attempt.Attempt;
import java.util.List;
import java.util.function.Supplier;

/**
 * Hears what happens to rounds: the recorder, the interviewer's page and the coach hang
 * off these events rather than off the window. Every method is called on the round's
 * thread (the UI thread in the app) right after the change, and must not block: hand
 * slow work to a thread of your own. Each does nothing by default.
 */
public interface RoundListener {

    /**
     * @param those asked at each event for the listeners to pass it to, so they can be made
     *              when the first event comes (the app's features are made after the first frame)
     * @return a listener passing each event to each of those; one that throws does not stop
     *         the others or the round
     */
    static RoundListener each(Supplier<? extends List<RoundListener>> those) {
        return new Broadcast(those);
    }


    /** The round was begun (not started yet) or resumed after a crash ({@link ActiveRound#recovered()}). */
    default void opened(ActiveRound round) {
    }

    /** The clock started on the first phase. */
    default void started(ActiveRound round) {
    }

    /** The clock was paused. */
    default void paused(ActiveRound round) {
    }

    /** The clock runs again after a pause. */
    default void resumed(ActiveRound round) {
    }

    /** The round moved to another phase, or an extension changed the plan. */
    default void phaseChanged(ActiveRound round) {
    }

    /** A probe's card appeared, at its time or because an interviewer fired it. */
    default void probeShown(ActiveRound round, ScheduledProbe probe) {
    }

    /** The candidate answered a probe, {@code responseMs} after its card appeared. */
    default void probeAnswered(ActiveRound round, ScheduledProbe probe, long responseMs) {
    }

    /** An interviewer asked the candidate to move on. */
    default void nudged(ActiveRound round, String message) {
    }

    /** The clock stopped for good: the round is being scored. */
    default void finished(ActiveRound round) {
    }

    /** The round's attempt is committed, and its draft is gone. */
    default void saved(ActiveRound round, Attempt attempt) {
    }

    /** The round was thrown away without an attempt. */
    default void abandoned(ActiveRound round) {
    }
}
