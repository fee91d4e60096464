package dev.mockloop.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Where benchmarks that open windows draw: the current {@code DISPLAY}; else a private
 * Xvfb server when Xvfb is installed (started here, stopped by {@link #close()}); else no
 * display, and windows go to JavaFX's headless Monocle platform instead.
 */
final class BenchDisplay implements AutoCloseable {

    private final String display;
    private final Process xvfb;

    private BenchDisplay(String display, Process xvfb) {
        this.display = display;
        this.xvfb = xvfb;
    }

    /**
     * @return the display to use
     * @throws IOException if Xvfb is installed but does not start
     */
    static BenchDisplay open() throws IOException {
        String current = System.getenv("DISPLAY");
        if (current != null && !current.isBlank()) {
            return new BenchDisplay(current, null);
        }
        Optional<String> xvfbPath = onPath("Xvfb");
        if (xvfbPath.isEmpty()) {
            return new BenchDisplay(null, null);
        }
        // -displayfd 1: Xvfb picks a free display number and prints it once it accepts clients.
        Process xvfb = new ProcessBuilder(xvfbPath.get(), "-displayfd", "1", "-screen", "0", "1440x900x24",
                "-nolisten", "tcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String number = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        if (number == null) {
            xvfb.destroy();
            throw new IOException("Xvfb did not start");
        }
        return new BenchDisplay(":" + number.strip(), xvfb);
    }

    /** @return no display: windows go to the headless Monocle platform */
    static BenchDisplay headless() {
        return new BenchDisplay(null, null);
    }

    /** @return whether windows go to a real (or virtual) X display rather than Monocle */
    boolean real() {
        return display != null;
    }

    /** @return how this display is described in the benchmark's output */
    String describe() {
        return display == null ? "no display (headless Monocle)" : (xvfb == null ? "DISPLAY=" : "private Xvfb ")
                + display;
    }

    /** Points a child process at this display. */
    void configure(Map<String, String> env) {
        if (display != null) {
            env.put("DISPLAY", display);
        }
    }

    private static Optional<String> onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File file = new File(dir, program);
            if (file.canExecute()) {
                return Optional.of(file.getPath());
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        if (xvfb != null) {
            xvfb.destroy();
        }
    }
}
