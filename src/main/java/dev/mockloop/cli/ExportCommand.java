package dev.mockloop.cli;

import dev.mockloop.pack.InstalledPack;
import dev.mockloop.pack.PackBundle;
import dev.mockloop.pack.PackException;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackProblem;
import dev.mockloop.pack.install.Packs;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code export PACK-ID OUT}: writes an installed pack to share it, as OUT.json (the pack
 * alone) or OUT.zip (with its pictures). The file passes {@code validate}. Ends with
 * {@code N packs, M questions, K problems}; exit codes as for {@code validate}.
 */
public final class ExportCommand {

    private final Packs packs;
    private final PackLibrary library;
    private final PrintStream out;
    private final PrintStream err;

    public ExportCommand(Packs packs, PackLibrary library, PrintStream out, PrintStream err) {
        this.packs = packs;
        this.library = library;
        this.out = out;
        this.err = err;
    }

    /** @return the exit code */
    public int run(List<String> args) {
        if (args.size() != 2) {
            err.println("usage: mockloop export PACK-ID OUT  (OUT ends in .json, or .zip to include pictures;"
                    + " 'mockloop list' shows the ids)");
            return Tally.USAGE;
        }
        Tally tally = new Tally(out);
        String id = args.get(0);
        InstalledPack pack = library.pack(id).orElse(null);
        if (pack == null) {
            tally.problem(new PackProblem(id, 0, 0, "", "no installed pack has this id; 'mockloop list' shows them"));
            return tally.finish();
        }
        try {
            PackBundle bundle = packs.exporter().bundleOf(pack);
            Path target = Path.of(args.get(1));
            packs.exporter().export(bundle, target);
            tally.pack(pack.pack().questions().size());
            out.println(target + ": exported " + id + " " + pack.pack().version()
                    + (bundle.assets().isEmpty() ? "" : " with " + bundle.assets().size() + " pictures"));
        } catch (PackException e) {
            tally.problems(e.problems());
        }
        return tally.finish();
    }
}
