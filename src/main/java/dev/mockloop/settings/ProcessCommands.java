package dev.mockloop.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a desktop tool for {@link SystemTheme}: what it printed when it exited 0 within
 * {@value #TIMEOUT_MS} ms, empty otherwise (missing, failed, or too slow: it is then killed).
 * Blocks up to the timeout, so call it off the UI thread.
 */
public final class ProcessCommands implements SystemTheme.Commands {

    /** How long a tool may take, ms. */
    static final long TIMEOUT_MS = 2_000;
    /** Only the first bytes are read: these tools print one short line. */
    private static final int MAX_BYTES = 4_096;

    @Override
    public Optional<String> run(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException missing) {
            return Optional.empty();
        }
        try (InputStream out = process.getInputStream()) {
            if (!process.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String printed = new String(out.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
            return process.exitValue() == 0 ? Optional.of(printed) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
