package dev.mockloop.ui.common;

import dev.mockloop.pack.Framework;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.session.ActiveRound;

/**
 * Moves between screens. The shell implements it; screens get it through their
 * constructor, so no screen knows another's classes.
 */
public interface Navigator {

    /** Shows the home screen. */
    void home();

    /** Opens the session screen on a new round of this question on this framework, not yet started. */
    void practise(LibraryQuestion question, Framework framework);

    /** Shows the user's frameworks, to create, edit, duplicate and delete them. */
    void frameworks();

    /** Opens the scoring screen for a finished round. */
    void score(ActiveRound round);

    /** Shows the history list. */
    void history();

    /** Shows one saved attempt, read-only. */
    void attempt(long attemptId);

    // The two below are default methods so that navigators written for one screen (test
    // doubles) need not implement them; the shell implements both.

    /** Shows two saved attempts at the same question side by side, the first on the left. */
    default void compare(long leftAttemptId, long rightAttemptId) {
        throw new UnsupportedOperationException("this navigator cannot compare attempts");
    }

    /** Shows the progress charts. */
    default void progress() {
        throw new UnsupportedOperationException("this navigator has no progress screen");
    }
}
