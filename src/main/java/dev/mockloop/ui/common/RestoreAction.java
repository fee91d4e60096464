package dev.mockloop.ui.common;

import dev.mockloop.storage.Backup;

/**
 * Replaces the database with a backup. The app implements it: it backs up the current
 * database first, closes it, swaps the file, and reopens everything.
 */
@FunctionalInterface
public interface RestoreAction {

    /** Starts the restore; the app reports the outcome itself. */
    void restore(Backup backup);
}
