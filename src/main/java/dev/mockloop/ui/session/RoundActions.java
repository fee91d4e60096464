package dev.mockloop.ui.session;

/**
 * The round screen's actions that ask first or change the layout, shared by its bars and
 * its keyboard shortcuts so a button and its key do the same thing.
 */
interface RoundActions {

    /** Asks, then ends the round and opens scoring (Finish early, Ctrl+Enter). */
    void finish();

    /** Asks (unless nothing would be lost), then throws the round away and goes home. */
    void abandon();

    /** Hides or shows the prompt pane (Ctrl+Shift+P). */
    void togglePrompt();

    /** Hides or shows the notes pane (Ctrl+Shift+N). */
    void toggleNotes();
}
