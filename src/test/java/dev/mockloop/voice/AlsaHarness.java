package dev.mockloop.voice;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The sound-card-free capture harness: Surefire sets {@code ALSA_CONFIG_PATH} to
 * target/alsa/asound.conf (from src/test/alsa), whose default device records from
 * target/alsa/capture.raw. {@link #feed} writes what the next opened microphone will hear.
 */
final class AlsaHarness {

    private AlsaHarness() {
    }

    /** @return whether the harness is in place: Linux, and the test run set ALSA_CONFIG_PATH to an existing file */
    static boolean available() {
        String config = System.getenv("ALSA_CONFIG_PATH");
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")
                && config != null && Files.isRegularFile(Path.of(config));
    }

    /** @return the file the harness's microphone reads */
    static Path captureFile() {
        return Path.of(System.getenv("ALSA_CONFIG_PATH")).resolveSibling("capture.raw");
    }

    /** Makes the next opened microphone hear these samples (16 kHz mono), then silence. */
    static void feed(short[] pcm) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(pcm.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : pcm) {
            bytes.putShort(s);
        }
        Files.write(captureFile(), bytes.array());
    }
}
