package dev.mockloop.interview;

/**
 * The interviewer's server could not start, with a sentence for the candidate that says why and
 * what to do; the round goes on without it.
 */
public final class InterviewServerException extends Exception {

    InterviewServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
