package dev.mockloop.pack.install;

import dev.mockloop.pack.InstalledPack;
import dev.mockloop.pack.Pack;
import dev.mockloop.pack.PackBundle;

/**
 * What importing a pack would do, worked out before anything changes, so the user can
 * look at it first: whether it is new, an update, or refused, and what happens to each
 * question.
 *
 * @param incoming     the checked pack being imported
 * @param installed    the installed pack with the same id, or null
 * @param kind         what the import is
 * @param changes      how its questions differ from the installed ones
 * @param otherChanges whether the frameworks, rubric, failure modes, texts or assets about
 *                     the pack differ too (for an update whose questions are all the same)
 */
public record ImportPlan(PackBundle incoming, InstalledPack installed, Kind kind, QuestionChanges changes,
                         boolean otherChanges) {

    /** What an import is. */
    public enum Kind {
        /** No pack with this id is installed: it is added. */
        NEW,
        /** A newer version of an imported pack: applied after the preview. */
        UPDATE,
        /** The installed version is the same: nothing is applied. */
        SAME_VERSION,
        /** The installed version is newer: nothing is applied. */
        OLDER_VERSION,
        /** The id is a pack that comes with Mockloop: bundled packs update with the app. */
        BUNDLED
    }

    /** @return whether applying the plan changes anything */
    public boolean applies() {
        return kind == Kind.NEW || kind == Kind.UPDATE;
    }

    /** @return the incoming pack */
    public Pack pack() {
        return incoming.pack();
    }

    /** @return the installed version, or null */
    public String fromVersion() {
        return installed == null ? null : installed.pack().version();
    }

    /** @return the buckets the import reports, after Anki's, whether or not it applies */
    public ImportCounts counts() {
        if (applies()) {
            return new ImportCounts(changes.added().size(), changes.updated().size(), changes.unchanged().size(), 0,
                    changes.removed().size());
        }
        // Nothing is applied: whatever differs from the installed copy conflicts with it.
        return new ImportCounts(0, 0, changes.unchanged().size(),
                changes.added().size() + changes.updated().size(), 0);
    }

    /** @return one sentence on what the import does or why it does nothing, naming the fix */
    public String verdict() {
        Pack pack = pack();
        String name = "\u201c" + pack.title() + "\u201d " + pack.version();
        return switch (kind) {
            case NEW -> "Adds " + name + " with " + pack.questions().size() + " questions.";
            case UPDATE -> "Updates " + "\u201c" + pack.title() + "\u201d from " + fromVersion() + " to "
                    + pack.version() + ". Attempts stay linked to their questions; those of removed questions stay"
                    + " in your history.";
            case SAME_VERSION -> "Version " + pack.version() + " of \u201c" + pack.title() + "\u201d is already installed."
                    + (changes.any() || otherChanges
                        ? " This copy differs from it, so it was not applied: ask its author to publish the changes"
                            + " as a newer version."
                        : " Nothing to do.");
            case OLDER_VERSION -> "This is version " + pack.version() + " of \u201c" + pack.title() + "\u201d, older than"
                    + " the installed " + fromVersion() + ", so it was not applied. Remove the pack first to go back"
                    + " to an older version.";
            case BUNDLED -> "\u201c" + installed.pack().title() + "\u201d (" + pack.id() + ") comes with Mockloop and"
                    + " updates with the app, so it cannot be replaced. Give the pack its own id to install it"
                    + " beside the bundled one.";
        };
    }
}
