package dev.mockloop.cli;

import dev.mockloop.pack.Pack;
import dev.mockloop.pack.PackBundle;
import dev.mockloop.pack.PackException;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackProblem;
import dev.mockloop.pack.PackTemplate;
import dev.mockloop.pack.io.CsvOptions;
import dev.mockloop.pack.io.PackSources;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code validate PATH...}: checks packs for pack authors and scripts: .json files, .zip
 * packs, folder packs (a folder holding pack.json), CSVs of questions, and folders of any
 * of those. Prints one line per problem as {@code file:line:col: message}, then
 * {@code N packs, M questions, K problems}.
 *
 * <p>Exit codes: 0 when every pack is valid, 1 when any problem was found, 2 for a usage error.
 */
public final class ValidateCommand {

    /** Exit code when every pack is valid. */
    public static final int OK = Tally.OK;
    /** Exit code when a pack has a problem or a path does not exist. */
    public static final int PROBLEMS = Tally.PROBLEMS;
    /** Exit code for a usage error. */
    public static final int USAGE = Tally.USAGE;

    private final PackSources sources;
    private final PackLibrary library;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param sources reads each pack
     * @param library the bundled packs: CSVs are checked with their template
     * @param out     where problems and the summary go
     * @param err     where usage errors go
     */
    public ValidateCommand(PackSources sources, PackLibrary library, PrintStream out, PrintStream err) {
        this.sources = sources;
        this.library = library;
        this.out = out;
        this.err = err;
    }

    /**
     * @param paths files and folders; a folder without pack.json has its {@code *.json}
     *              (except {@code *.schema.json}), {@code *.zip} and {@code *.csv} files checked
     * @return the exit code
     */
    public int run(List<String> paths) {
        if (paths.isEmpty()) {
            err.println("usage: mockloop validate PATH...  (pack files, zips, folders, CSVs, or folders of them)");
            return USAGE;
        }
        Tally tally = new Tally(out);
        for (String path : paths) {
            Path given = Path.of(path);
            if (!Files.exists(given)) {
                tally.problem(new PackProblem(path, 0, 0, "", "no such file or folder"));
                continue;
            }
            for (Path pack : packsIn(given, tally)) {
                try {
                    tally.pack(read(pack).questions().size());
                } catch (PackException e) {
                    tally.pack(0);
                    tally.problems(e.problems());
                }
            }
        }
        return tally.finish();
    }

    private Pack read(Path path) throws PackException {
        if (PackSources.kindOf(path) == PackSources.Kind.CSV) {
            CsvOptions options = CsvOptions.defaults(path.getFileName().toString(), library);
            return sources.readCsv(path, options, PackTemplate.standard(library)).pack();
        }
        PackBundle bundle = sources.read(path);
        return bundle.pack();
    }

    private static List<Path> packsIn(Path path, Tally tally) {
        if (!Files.isDirectory(path) || Files.exists(path.resolve(PackBundle.PACK_FILE))) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                        return (name.endsWith(".json") && !name.endsWith(".schema.json"))
                                || name.endsWith(".zip") || name.endsWith(".csv");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            tally.problem(new PackProblem(path.toString(), 0, 0, "", "cannot list the folder: " + e.getMessage()));
            return List.of();
        }
    }
}
