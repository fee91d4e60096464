package dev.mockloop.cli;

import dev.mockloop.pack.PackBundle;
import dev.mockloop.pack.PackException;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackProblem;
import dev.mockloop.pack.Question;
import dev.mockloop.pack.install.ImportPlan;
import dev.mockloop.pack.install.ImportReport;
import dev.mockloop.pack.install.PackInstaller;
import dev.mockloop.pack.install.Packs;
import dev.mockloop.pack.io.CsvOptions;
import dev.mockloop.pack.io.Download;
import dev.mockloop.pack.io.PackSources;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code import [--dry-run] PATH|URL...}: installs packs into the data directory
 * ({@code MOCKLOOP_HOME} when set) from .json files, .zip packs, folders, CSVs of
 * questions, or http(s) URLs. A newer version of an installed pack updates it; an older or
 * equal one is reported and not applied. Prints each import's report in Anki's buckets,
 * problems as {@code file:line:col: message}, then {@code N packs, M questions, K problems}.
 * {@code --dry-run} prints what each import would change (the preview) and changes nothing.
 *
 * <p>Exit codes: 0 when every pack was imported or is already installed as it is, 1 when
 * a pack was invalid or not applied, 2 for a usage error.
 */
public final class ImportCommand {

    private final Packs packs;
    private PackLibrary library;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param packs   the pack services over the data directory
     * @param library the packs installed now
     */
    public ImportCommand(Packs packs, PackLibrary library, PrintStream out, PrintStream err) {
        this.packs = packs;
        this.library = library;
        this.out = out;
        this.err = err;
    }

    /** @return the exit code */
    public int run(List<String> args) {
        boolean dryRun = args.contains("--dry-run");
        List<String> sources = args.stream().filter(a -> !a.equals("--dry-run")).toList();
        if (sources.isEmpty() || sources.stream().anyMatch(s -> s.startsWith("--"))) {
            err.println("usage: mockloop import [--dry-run] PATH|URL...  (.json, .zip, folder, .csv, or http(s) URL)");
            return Tally.USAGE;
        }
        Tally tally = new Tally(out);
        for (String source : sources) {
            try {
                PackBundle bundle = read(source);
                tally.pack(bundle.pack().questions().size());
                ImportPlan plan = packs.installer().plan(bundle, library);
                if (dryRun) {
                    preview(plan, tally);
                } else {
                    apply(plan, tally);
                }
            } catch (PackException e) {
                tally.problems(e.problems());
            }
        }
        return tally.finish();
    }

    private PackBundle read(String source) throws PackException {
        if (Download.isUrl(source)) {
            return packs.sources().download(source, Download.Progress.NONE, () -> false, library);
        }
        Path path = Path.of(source);
        if (PackSources.kindOf(path) == PackSources.Kind.CSV) {
            return packs.sources().readCsv(path, CsvOptions.defaults(path.getFileName().toString(), library),
                    packs.template(library));
        }
        return packs.sources().read(path);
    }

    private void apply(ImportPlan plan, Tally tally) throws PackException {
        PackInstaller.Result result = packs.installer().apply(plan, false);
        ImportReport report = result.report();
        if (result.installed() != null) {
            library = library.with(result.installed());
            out.println(report.origin() + ": " + (report.fromVersion() == null ? "imported" : "updated")
                    + " " + report.packId() + " " + (report.fromVersion() == null ? "" : report.fromVersion() + " -> ")
                    + report.toVersion() + ": " + report.counts().line());
        } else if (isNoOp(plan)) {
            out.println(report.origin() + ": " + report.packId() + " " + report.toVersion()
                    + " is already installed, identical: " + report.counts().line());
        } else {
            tally.problem(new PackProblem(report.origin(), 0, 0, "", report.verdict() + " (" + report.counts().line() + ")"));
        }
    }

    private void preview(ImportPlan plan, Tally tally) {
        String origin = plan.incoming().origin();
        if (!plan.applies() && !isNoOp(plan)) {
            tally.problem(new PackProblem(origin, 0, 0, "", plan.verdict()));
            return;
        }
        out.println(origin + ": " + plan.verdict());
        List<String> lines = new ArrayList<>();
        plan.changes().added().forEach(q -> lines.add("  new        " + label(q)));
        plan.changes().updated().forEach(u -> lines.add("  updated    " + label(u.after())));
        plan.changes().removed().forEach(q -> lines.add("  removed    " + label(q)));
        lines.forEach(out::println);
        out.println("  unchanged  " + plan.changes().unchanged().size() + " questions"
                + (plan.otherChanges() ? "; frameworks, rubric, failure modes, texts or pictures also change" : ""));
    }

    private static boolean isNoOp(ImportPlan plan) {
        return plan.kind() == ImportPlan.Kind.SAME_VERSION && !plan.changes().any() && !plan.otherChanges();
    }

    private static String label(Question q) {
        return q.id() + "  \u201c" + q.title() + "\u201d";
    }
}
