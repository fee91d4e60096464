package dev.mockloop.soak;

import dev.mockloop.bench.Bench;

/** Prints a soak's figures as {@code BENCH} lines (see {@link Bench}). */
public final class SoakReport {

    private SoakReport() {
    }

    /** Prints soak.rounds, soak.lost_attempts and soak.max_lost_ms, and the figures around them. */
    public static void print(Soak.Result r) {
        Bench.report("soak.rounds", r.rounds(), "rounds");
        Bench.report("soak.lost_attempts", r.lostAttempts(), "attempts");
        Bench.report("soak.max_lost_ms", r.maxLostMs(), "ms");
        Bench.report("soak.max_lost_ms_disk_full", r.maxLostMsDiskFull(), "ms");
        Bench.report("soak.kills", r.kills(), "kills");
        Bench.report("soak.saved", r.saved(), "attempts");
        Bench.report("soak.disk_fulls", r.diskFulls(), "times");
        Bench.report("soak.save_failures", r.saveFailures(), "saves");
        Bench.report("soak.autosave_failures", r.autosaveFailures(), "times");
        Bench.report("soak.imports", r.imports(), "imports");
        Bench.report("soak.import_failures", r.importFailures(), "imports");
        Bench.report("soak.integrity_problems", r.integrity().size(), "problems");
    }
}
