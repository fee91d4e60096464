package dev.mockloop.voice;

/**
 * What the recorder is doing, with a line for the user.
 *
 * @param state   the state
 * @param message one line: what is happening, or why nothing is recorded and how to fix it
 */
public record RecorderStatus(State state, String message) {

    /** The recorder's states. */
    public enum State {
        /** No round has started yet. */
        IDLE,
        /** Audio is being recorded. */
        RECORDING,
        /** The round is paused, and so is the recording. */
        PAUSED,
        /** The round has ended; its recording is complete. */
        STOPPED,
        /** Recording is switched off in settings. */
        OFF,
        /** No microphone could be opened; the round runs without audio. */
        UNAVAILABLE,
        /** Recording stopped on an error (e.g. a full disk); what was recorded is kept. */
        FAILED
    }

    /** Before the first round. */
    public static final RecorderStatus IDLE = new RecorderStatus(State.IDLE, "");

    /** Switched off. */
    public static final RecorderStatus OFF = new RecorderStatus(State.OFF,
            "Recording is off, so this round is not recorded. Switch it on under Settings → Microphone.");

    /** @return whether this state means nothing is being recorded for a reason the user should see */
    public boolean isProblem() {
        return state == State.UNAVAILABLE || state == State.FAILED;
    }
}
