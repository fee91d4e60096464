package dev.mockloop.pack.install;

/**
 * What an import did, for the dialog and the command line.
 *
 * @param packId      the pack's id
 * @param title       the pack's title
 * @param fromVersion the version installed before, or null
 * @param toVersion   the version of the imported copy
 * @param origin      path or URL it came from
 * @param applied     whether anything changed
 * @param kind        what the import was
 * @param counts      the buckets
 * @param verdict     one sentence on what happened, or why nothing did
 */
public record ImportReport(String packId, String title, String fromVersion, String toVersion, String origin,
                           boolean applied, ImportPlan.Kind kind, ImportCounts counts, String verdict) {

    /** @return the report of a plan, applied or not */
    public static ImportReport of(ImportPlan plan, boolean applied) {
        return new ImportReport(plan.pack().id(), plan.pack().title(), plan.fromVersion(), plan.pack().version(),
                plan.incoming().origin(), applied, plan.kind(), plan.counts(), plan.verdict());
    }
}
