package dev.mockloop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The features that start heavy work (the coach's model, the microphone, the interviewer's
 * web server) stay off the start-up path: a real headless start-up ({@code --smoke}) in a
 * JVM of its own, with class loading logged ({@code -Xlog:class+load}), loads none of the
 * classes that do that work before the home screen is interactive (the smoke run's ready
 * line, printed on the same stream after the log lines of everything loaded before it).
 *
 * <p>Nor does any class of the coach's, the voice's or interviewer mode's packages load
 * before it: their services are made after the first frame ({@link AppContext#afterFirstFrame()},
 * which a smoke run skips), and the shell reaches them through suppliers.
 */
class FirstFrameTest {

    /** Packages whose classes must wait until the user opens something that needs them. */
    private static final List<String> OFF_THE_START_UP_PATH = List.of(
            "dev.mockloop.coach.", "dev.mockloop.voice.", "dev.mockloop.interview.");
    /** What does the heavy work: the model's runtime, sound lines, the web server. Never before the first frame. */
    private static final List<String> HEAVY = List.of("dev.mockloop.coach.minilm.", "ai.djl.", "ai.onnxruntime.",
            "javax.sound.sampled.AudioSystem", "javax.sound.sampled.TargetDataLine", "javax.sound.sampled.SourceDataLine",
            "org.eclipse.jetty.");
    private static final Pattern LOADED = Pattern.compile("\\[class,load\\s*\\] (\\S+) source:");

    @TempDir
    Path home;

    @Test
    void theHomeScreenComesUpWithoutTheCoachsModelASoundLineOrTheWebServer() throws Exception {
        List<String> loaded = new ArrayList<>();
        boolean ready = false;
        Process process = smokeRun();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher m = LOADED.matcher(line);
                if (ready) {
                    continue;
                } else if (line.startsWith(SmokeRun.READY)) {
                    ready = true;
                } else if (m.find()) {
                    loaded.add(m.group(1));
                }
            }
        }
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "the smoke run ended");
        assertEquals(0, process.exitValue(), "the smoke run succeeded");
        assertTrue(ready, "the home screen came up");
        assertTrue(loaded.stream().anyMatch(c -> c.startsWith("dev.mockloop.ui.")), "the log lists the app's classes");
        assertEquals(List.of(), loaded.stream().filter(c -> HEAVY.stream().anyMatch(c::startsWith)).toList(),
                "heavy work's classes loaded before the first frame");
        assertEquals(List.of(), loaded.stream()
                .filter(c -> OFF_THE_START_UP_PATH.stream().anyMatch(c::startsWith)).toList(),
                "feature classes loaded before the first frame");
    }

    private Process smokeRun() throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:stdout", "-cp", classPath, Main.class.getName(), "--smoke")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("MOCKLOOP_HOME", home.toString());
        return builder.start();
    }
}
