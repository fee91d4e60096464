package dev.mockloop.voice;

/** A recording that cannot be used, with a message naming the file and what to do. */
public final class VoiceException extends RuntimeException {

    public VoiceException(String message) {
        super(message);
    }

    public VoiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
