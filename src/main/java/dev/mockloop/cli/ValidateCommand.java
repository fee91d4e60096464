package dev.mockloop.cli;

import dev.mockloop.pack.PackCheck;
import dev.mockloop.pack.PackProblem;
import dev.mockloop.pack.PackReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code validate PATH...}: checks pack files, and the packs in folders, for pack authors
 * and scripts. Prints one line per problem as {@code file:line:col: message}, then
 * {@code N packs, M questions, K problems}.
 *
 * <p>Exit codes: 0 when every pack is valid, 1 when any problem was found, 2 for a usage error.
 */
public final class ValidateCommand {

    /** Exit code when every pack is valid. */
    public static final int OK = 0;
    /** Exit code when a pack has a problem or a path does not exist. */
    public static final int PROBLEMS = 1;
    /** Exit code for a usage error. */
    public static final int USAGE = 2;

    private final PackReader reader;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param reader checks each pack
     * @param out    where problems and the summary go
     * @param err    where usage errors go
     */
    public ValidateCommand(PackReader reader, PrintStream out, PrintStream err) {
        this.reader = reader;
        this.out = out;
        this.err = err;
    }

    /**
     * @param paths files and folders; a folder's {@code *.json} files are checked, except {@code *.schema.json}
     * @return the exit code
     */
    public int run(List<String> paths) {
        if (paths.isEmpty()) {
            err.println("usage: mockloop validate PATH...  (pack files or folders of packs)");
            return USAGE;
        }
        int packs = 0;
        int questions = 0;
        int problems = 0;
        for (String path : paths) {
            List<PackProblem> found = new ArrayList<>();
            for (Path file : packFiles(Path.of(path), found)) {
                PackCheck check = reader.check(file);
                packs++;
                questions += check.valid() ? check.pack().questions().size() : 0;
                found.addAll(check.problems());
            }
            found.forEach(p -> out.println(p.format()));
            problems += found.size();
        }
        out.println(packs + plural(packs, " pack") + ", " + questions + plural(questions, " question") + ", "
                + problems + plural(problems, " problem"));
        return problems == 0 ? OK : PROBLEMS;
    }

    private static List<Path> packFiles(Path path, List<PackProblem> problems) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            problems.add(new PackProblem(path.toString(), 0, 0, "", "no such file or folder"));
            return List.of();
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().endsWith(".schema.json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(new PackProblem(path.toString(), 0, 0, "", "cannot list the folder: " + e.getMessage()));
            return List.of();
        }
    }

    private static String plural(int n, String word) {
        return n == 1 ? word : word + "s";
    }
}
