package dev.mockloop.app;

import dev.mockloop.cli.CoachCommand;
import dev.mockloop.cli.ExportCommand;
import dev.mockloop.cli.ImportCommand;
import dev.mockloop.cli.ListCommand;
import dev.mockloop.cli.ValidateCommand;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.pack.PackWriter;
import dev.mockloop.pack.io.Download;
import dev.mockloop.pack.io.PackSources;
import dev.mockloop.storage.DataDirectory;
import dev.mockloop.storage.StorageException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.application.Application;

/**
 * The one entry point: a command ({@code validate}, {@code import}, {@code export},
 * {@code list}, {@code coach}) runs the command line; no command (or only options) opens the window. Pack
 * files ({@code Mockloop pack.json}, as a double-click on a pack file runs it) open the
 * window and import them; {@code --smoke} checks start-up headless (see {@link LaunchOptions}).
 * A plain main class, not the {@link Application} subclass, so the app starts from a class
 * path (see ../shared/STACK.md).
 */
public final class Main {

    static final String COMMANDS = "validate PATH..., import [--dry-run] PATH|URL..., export PACK-ID OUT, list, "
            + "coach --json PACK QUESTION-ID NOTES-FILE";

    private Main() {
    }

    /** @param args a command and its arguments, or nothing to open the window */
    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-") && !LaunchOptions.isPackFile(args[0])) {
            System.exit(runCommand(args[0], Arrays.asList(args).subList(1, args.length),
                    DataDirectory.resolve(), System.out, System.err));
        }
        LaunchOptions options = LaunchOptions.parse(Arrays.asList(args));
        if (options.smoke() == LaunchOptions.Smoke.HEADLESS) {
            SmokeRun.useHeadlessPlatform();
        }
        SingleInstance lock = null;
        if (options.smoke() == LaunchOptions.Smoke.OFF) {
            // One copy per data folder: a second one hands its pack files to the first and leaves.
            Path dataDir = DataDirectory.resolve();
            try {
                DataDirectory.ensureExists(dataDir);
                SingleInstance.Claim claim = SingleInstance.acquire(dataDir, Arrays.asList(args), MockloopApp::activate);
                if (!claim.first()) {
                    // The hand-over's real outcome, not a hopeful guess (issue 15, finding 9).
                    (claim.handOver().delivered() ? System.out : System.err).println(claim.handOver().message());
                    System.exit(claim.handOver().delivered() ? 0 : 1);
                }
                lock = claim.instance();
            } catch (RuntimeException unusable) {
                // an unusable data folder is reported on screen by the app
            }
        }
        MockloopApp.launch(Opening.begin(options), lock, args);
    }

    /**
     * @param dataDir the data directory the import, export and list commands work on
     * @return the exit code: 0 ok, 1 problems, 2 usage
     */
    static int runCommand(String command, List<String> rest, Path dataDir, PrintStream out, PrintStream err) {
        return runCommand(command, rest, dataDir, out, err, OpenOptions.standard());
    }

    /**
     * @param options how the data opens: the downloader for {@code import} of a URL (its timeouts
     *                end a stalled one) and the write check ({@code list} and {@code export} work
     *                on data that cannot be written)
     */
    static int runCommand(String command, List<String> rest, Path dataDir, PrintStream out, PrintStream err,
                          OpenOptions options) {
        return switch (command) {
            case "validate" -> {
                PackReader reader = new PackReader();
                PackSources sources = new PackSources(reader, new PackWriter(), new Download());
                yield new ValidateCommand(sources, new PackLibrary(BundledPacks.load(reader)), out, err).run(rest);
            }
            case "coach" -> {
                // Its model's native libraries are kept in the data folder.
                PackSources sources = new PackSources(new PackReader(), new PackWriter(), new Download());
                yield CoachCommand.withBundledModel(sources, dataDir.resolve("coach"), out, err).run(rest);
            }
            case "import" -> withData(dataDir, options, err, app -> app.readOnlyReason().isPresent()
                    ? refuseReadOnly(app, out)
                    : new ImportCommand(app.packs(), app.library(), out, err).run(rest));
            case "export" -> withData(dataDir, options, err, app ->
                    new ExportCommand(app.packs(), app.library(), out, err).run(rest));
            case "list" -> withData(dataDir, options, err, app ->
                    new ListCommand(app.library(), app.attempts().countsByPack(), app.packProblems(),
                            app.packs().states(), out, err)
                            .run(rest));
            default -> {
                err.println("unknown command '" + command + "'. Commands: " + COMMANDS);
                yield ValidateCommand.USAGE;
            }
        };
    }

    /** An import needs to write; on read-only data it is one problem, before anything is read. */
    private static int refuseReadOnly(AppContext app, PrintStream out) {
        out.println(app.dataDir() + ":1:1: cannot import: your data is open read-only, because "
                + app.readOnlyReason().orElseThrow() + ". Free some space or make the folder writable, then try again");
        out.println("0 packs, 0 questions, 1 problem");
        return ValidateCommand.PROBLEMS;
    }

    private static int withData(Path dataDir, OpenOptions options, PrintStream err, Function<AppContext, Integer> command) {
        try (AppContext app = AppContext.open(dataDir, options)) {
            return command.apply(app);
        } catch (StorageException e) {
            err.println(dataDir + ": " + e.getMessage());
            return ValidateCommand.PROBLEMS;
        }
    }
}
