package dev.mockloop.session;

/** Where a {@link PhaseTimer} is in its life. */
public enum TimerState {
    NOT_STARTED, RUNNING, PAUSED, FINISHED
}
