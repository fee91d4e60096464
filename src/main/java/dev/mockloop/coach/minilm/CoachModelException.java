package dev.mockloop.coach.minilm;

/** The coach's model could not be loaded; the message says why in words a person can act on. */
public final class CoachModelException extends RuntimeException {

    /** @param message what failed, e.g. "the coach's model could not be loaded on this machine (...)" */
    public CoachModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
