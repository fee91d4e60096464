package dev.mockloop.pack.install;

/**
 * An import report's buckets, after Anki's: questions new to the pack, updated in place,
 * duplicates of what is installed (identical, so nothing to do), and conflicting (they
 * differ from the installed copy but were not applied); plus questions the new version
 * no longer has.
 *
 * @param added       new questions
 * @param updated     questions changed in place
 * @param duplicate   questions identical to the installed ones
 * @param conflicting questions that differ but were not applied
 * @param removed     installed questions the new version drops (their attempts are kept)
 */
public record ImportCounts(int added, int updated, int duplicate, int conflicting, int removed) {

    /** @return e.g. "new 2, updated 1, duplicate 5, conflicting 0, removed 1" */
    public String line() {
        return "new " + added + ", updated " + updated + ", duplicate " + duplicate + ", conflicting "
                + conflicting + ", removed " + removed;
    }
}
