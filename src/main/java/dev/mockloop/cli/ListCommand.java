package dev.mockloop.cli;

import dev.mockloop.pack.InstalledPack;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackProblem;
import dev.mockloop.pack.PackSource;
import dev.mockloop.pack.install.PackState;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code list}: the installed packs, one a line: id, version, questions, attempts made,
 * whether it is on, where it comes from (bundled, imported, or yours: written in the app), title. Packs skipped at load are listed as
 * problems. Ends with {@code N packs, M questions, K problems}; exit codes as for
 * {@code validate}.
 */
public final class ListCommand {

    private static final String ROW = "%-32s %-10s %9s %8s %-4s %-8s %s%n";

    private final PackLibrary library;
    private final Map<String, Integer> attempts;
    private final List<PackProblem> skipped;
    private final Map<String, PackState> states;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param library  the installed packs
     * @param attempts attempts made per pack id
     * @param skipped  problems of imported packs that did not load
     * @param states   the packs' settings, to tell your own packs ("yours") from imported ones
     */
    public ListCommand(PackLibrary library, Map<String, Integer> attempts, List<PackProblem> skipped,
                       Map<String, PackState> states, PrintStream out, PrintStream err) {
        this.library = library;
        this.attempts = attempts;
        this.skipped = skipped;
        this.states = states;
        this.out = out;
        this.err = err;
    }

    /** @return the exit code */
    public int run(List<String> args) {
        if (!args.isEmpty()) {
            err.println("usage: mockloop list");
            return Tally.USAGE;
        }
        Tally tally = new Tally(out);
        out.printf(ROW, "ID", "VERSION", "QUESTIONS", "ATTEMPTS", "ON", "SOURCE", "TITLE");
        for (InstalledPack p : library.packs()) {
            String id = p.pack().id();
            out.printf(ROW, id, p.pack().version(), p.pack().questions().size(), attempts.getOrDefault(id, 0),
                    library.isEnabled(id) ? "yes" : "no", p.source() == PackSource.BUNDLED ? "bundled"
                            : states.containsKey(id) && states.get(id).authored() ? "yours" : "imported",
                    p.pack().title());
            tally.pack(p.pack().questions().size());
        }
        tally.problems(skipped);
        return tally.finish();
    }
}
