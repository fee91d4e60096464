package dev.mockloop.session;

/**
 * How the round's autosave stands, for the line the round and scoring screens show.
 *
 * @param failure       why the last save failed (disk full, read-only folder…), or empty
 *                      while saves succeed
 * @param unsavedMs     how long the oldest change not yet on disk has waited, in ms; 0 when
 *                      everything is saved
 */
public record AutosaveStatus(String failure, long unsavedMs) {

    /** Everything is on disk. */
    public static final AutosaveStatus SAVED = new AutosaveStatus("", 0);

    /** A change waiting longer than this (15 s) means autosave is stuck, whatever the cause. */
    public static final long STALE_MS = 15_000;

    /** @return whether a change has waited more than {@link #STALE_MS} for the disk */
    public boolean stale() {
        return unsavedMs > STALE_MS;
    }

    /** @return whether the user should be told: a save failed or autosave is stuck */
    public boolean troubled() {
        return !failure.isEmpty() || stale();
    }

    /** @return the line to show, or empty when all is well */
    public String message() {
        if (!failure.isEmpty()) {
            return "Autosave failed: " + failure + ". Your round is kept in memory and saved again in a few seconds.";
        }
        if (stale()) {
            return "Nothing has been autosaved for " + unsavedMs / 1000 + " s. Your round is kept in memory; "
                    + "if this lasts, note what matters before you quit.";
        }
        return "";
    }
}
