package dev.mockloop.app;

import dev.mockloop.cli.ValidateCommand;
import dev.mockloop.pack.PackReader;
import java.util.Arrays;
import java.util.List;
import javafx.application.Application;

/**
 * The one entry point: {@code validate PATH...} runs the command line; no command (or
 * only options) opens the window. Pack files ({@code Mockloop pack.json}, as a
 * double-click on a pack file runs it) open the window and import them; {@code --smoke}
 * checks start-up headless (see {@link LaunchOptions}). A plain main class, not the
 * {@link Application} subclass, so the app starts from a class path (see ../shared/STACK.md).
 */
public final class Main {

    private Main() {
    }

    /** @param args a command and its arguments, or nothing to open the window */
    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-") && !LaunchOptions.isPackFile(args[0])) {
            System.exit(runCommand(args[0], Arrays.asList(args).subList(1, args.length)));
        }
        LaunchOptions options = LaunchOptions.parse(Arrays.asList(args));
        if (options.smoke() == LaunchOptions.Smoke.HEADLESS) {
            SmokeRun.useHeadlessPlatform();
        }
        MockloopApp.launch(Opening.begin(options), args);
    }

    static int runCommand(String command, List<String> rest) {
        return switch (command) {
            case "validate" -> new ValidateCommand(new PackReader(), System.out, System.err).run(rest);
            default -> {
                System.err.println("unknown command '" + command + "'. Commands: validate PATH...");
                yield ValidateCommand.USAGE;
            }
        };
    }
}
