package dev.mockloop.voice;

/**
 * No microphone could be opened. The message is one line for the user: why nothing is
 * recorded and how to fix it; it never names a library class.
 */
public final class MicrophoneException extends Exception {

    /** Why. */
    public enum Reason {
        /** The system has no capture device. */
        NONE_FOUND,
        /** A device exists but could not be opened: in use, or access refused. */
        REFUSED
    }

    private final Reason reason;

    public MicrophoneException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
