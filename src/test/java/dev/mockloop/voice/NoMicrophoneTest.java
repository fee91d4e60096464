package dev.mockloop.voice;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A machine with no sound device at all: the round runs and the user reads why nothing is recorded. */
class NoMicrophoneTest {

    @TempDir
    Path dir;

    @Test
    void withNoDeviceTheRecorderSaysWhyAndHowToFixIt() throws Exception {
        assumeTrue(AlsaHarness.available(), "needs Linux's ALSA backend");
        Path empty = Files.writeString(dir.resolve("no-devices.conf"), "# no devices at all\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true", NoMicrophoneMain.class.getName(), dir.toString()).redirectErrorStream(true);
        builder.environment().put("ALSA_CONFIG_PATH", empty.toString());
        Process child = builder.start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertTrue(out.contains("DEVICES 0"), out);
        assertTrue(out.contains("REASON NONE_FOUND"), out);
        assertTrue(out.contains("MESSAGE No microphone found, so nothing is being recorded. Plug one in or switch it on,"
                + " then pick it under Settings → Microphone"), out);
        assertTrue(out.contains("STATE UNAVAILABLE"), "the round goes on without audio: " + out);
        assertTrue(out.contains("AFTER UNAVAILABLE"), out);
        assertTrue(!out.contains("Exception") && !out.contains("javax.sound"), "no library class is shown: " + out);
    }
}
