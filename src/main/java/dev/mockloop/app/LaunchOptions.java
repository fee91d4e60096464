package dev.mockloop.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the command line asks of the window: pack files to import (a double-click on a
 * pack file starts {@code Mockloop FILE}) and whether this is a smoke run.
 *
 * @param smoke     {@link Smoke#OFF} normally; otherwise open the home screen, report and exit
 * @param packFiles pack files to import once the home screen is up, in command-line order
 */
public record LaunchOptions(Smoke smoke, List<Path> packFiles) {

    /** Extensions (lower case, with the dot) of files the window imports when given on the command line. */
    public static final List<String> PACK_EXTENSIONS = List.of(".json", ".mockpack");

    /** Smoke runs: start the GUI, wait until the home screen is interactive, print how long it took, exit. */
    public enum Smoke {
        /** A normal run. */
        OFF,
        /** {@code --smoke}: on the headless Monocle platform, so no display is needed (CI, a fresh install). */
        HEADLESS,
        /** {@code --smoke-window}: on the real display, as a person sees it (the start-up benchmark). */
        WINDOW
    }

    public LaunchOptions {
        packFiles = List.copyOf(packFiles);
    }

    /**
     * Reads the window's arguments. Options other than the smoke flags (e.g. JavaFX's
     * {@code --name=value} parameters) are left alone.
     *
     * @param args the raw arguments, as given to {@code main}
     * @return the options; never null
     */
    public static LaunchOptions parse(List<String> args) {
        Smoke smoke = Smoke.OFF;
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--smoke")) {
                smoke = Smoke.HEADLESS;
            } else if (arg.equals("--smoke-window")) {
                smoke = Smoke.WINDOW;
            } else if (isPackFile(arg)) {
                files.add(Path.of(arg).toAbsolutePath());
            }
        }
        return new LaunchOptions(smoke, files);
    }

    /**
     * Whether a command-line word names a pack file rather than a command: it ends with
     * one of {@link #PACK_EXTENSIONS}, whatever its case. Commands never do.
     */
    public static boolean isPackFile(String arg) {
        String lower = arg.toLowerCase(Locale.ROOT);
        return !arg.startsWith("-") && PACK_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }
}
