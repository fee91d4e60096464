package dev.mockloop.ui.common;

import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.session.Round;

/**
 * Moves between screens. The shell implements it; screens get it through their
 * constructor, so no screen knows another's classes.
 */
public interface Navigator {

    /** Shows the home screen. */
    void home();

    /** Opens the session screen on a new round of this question, not yet started. */
    void practise(LibraryQuestion question);

    /** Opens the scoring screen for a finished round. */
    void score(Round round);

    /** Shows the history list. */
    void history();

    /** Shows one saved attempt, read-only. */
    void attempt(long attemptId);
}
