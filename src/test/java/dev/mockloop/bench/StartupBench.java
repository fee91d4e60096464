package dev.mockloop.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up, from process start to an interactive window, for the app's home screen and
 * for a minimal JavaFX window ({@link MinimalFxApp}), measured side by side: the runs
 * alternate, so a busy neighbour slows both alike. The goal is the home screen within
 * 1.5 times the minimal window.
 *
 * <p>The app runs as {@code --smoke-window} over an existing data folder (the warm-up run
 * creates it), as a person's second and later starts do. It uses the packaged launcher
 * {@value #LAUNCHER} (jlinked runtime, AppCDS archive) when the installer build has made
 * it, which {@code ./mvnw -Pbench verify} does, and {@code java -cp} otherwise. The smoke
 * run ({@link Bench#smoke()}) starts each once from {@code java -cp}, headless.
 */
class StartupBench {

    static final String LAUNCHER = "target/installer/Mockloop/bin/Mockloop";
    private static final int RUNS = Bench.size(11, 1);
    private static final String APP_READY = "mockloop smoke: home screen ready";

    @TempDir
    Path home;

    @Test
    void homeScreenAgainstMinimalJavaFx() throws Exception {
        if (!Bench.wanted("startup.")) {
            return;
        }
        try (BenchDisplay display = Bench.smoke() ? BenchDisplay.headless() : BenchDisplay.open()) {
            System.out.println("startup: windows on " + display.describe());
            String smoke = display.real() ? "--smoke-window" : "--smoke";
            Map<String, List<String>> commands = new LinkedHashMap<>();
            Path launcher = Path.of(LAUNCHER);
            if (Files.isExecutable(launcher) && !Bench.smoke()) {
                commands.put("startup.home", List.of(launcher.toString(), smoke));
                commands.put("startup.home_classpath", java(display, "dev.mockloop.app.Main", smoke));
            } else {
                System.out.println("startup: no packaged launcher at " + LAUNCHER + "; timing java -cp");
                commands.put("startup.home", java(display, "dev.mockloop.app.Main", smoke));
            }
            commands.put("startup.minimal_javafx", java(display, MinimalFxApp.class.getName()));

            Map<String, double[]> times = new LinkedHashMap<>();
            commands.forEach((name, command) -> times.put(name, new double[RUNS]));
            for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                if (!Bench.smoke()) {
                    time(c.getValue(), display);  // warm-up: disk cache, JavaFX's native library cache, the database
                }
            }
            for (int run = 0; run < RUNS; run++) {
                for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                    times.get(c.getKey())[run] = time(c.getValue(), display);
                }
            }
            times.forEach((name, ms) -> Bench.report(name, median(ms), "ms"));
            double ratio = median(times.get("startup.home")) / median(times.get("startup.minimal_javafx"));
            Bench.report("startup.home_vs_minimal", ratio, "x");
        }
    }

    private static List<String> java(BenchDisplay display, String mainClass, String... args) {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        boolean minimal = mainClass.equals(MinimalFxApp.class.getName());
        if (minimal) {
            // Only what a minimal JavaFX app has: itself, JavaFX, and Monocle for the headless case.
            classPath = Arrays.stream(classPath.split(File.pathSeparator))
                    .filter(entry -> entry.endsWith("test-classes") || entry.contains("javafx-")
                            || entry.contains("openjfx-monocle"))
                    .collect(Collectors.joining(File.pathSeparator));
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath));
        if (!display.real() && minimal) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dheadless.geometry=1920x1200-32"));
        }
        command.add(mainClass);
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** @return ms from starting the process to its ready line */
    private double time(List<String> command, BenchDisplay display) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        display.configure(builder.environment());
        builder.environment().put("MOCKLOOP_HOME", home.toString());
        long start = System.nanoTime();
        Process process = builder.start();
        long ready = -1;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (ready < 0 && (line.startsWith(APP_READY) || line.startsWith(MinimalFxApp.READY))) {
                    ready = System.nanoTime();
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("start-up run did not exit within 60 s: " + command);
        }
        if (process.exitValue() != 0 || ready < 0) {
            throw new IllegalStateException("start-up run failed (exit " + process.exitValue() + "): " + command);
        }
        return (ready - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
