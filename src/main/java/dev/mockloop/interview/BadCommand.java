package dev.mockloop.interview;

/**
 * A message from the page that was refused, with a sentence the page shows the interviewer
 * (never a parser's or a library's wording).
 */
final class BadCommand extends Exception {

    BadCommand(String message) {
        super(message);
    }
}
