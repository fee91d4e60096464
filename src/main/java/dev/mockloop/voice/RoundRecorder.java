package dev.mockloop.voice;

import dev.mockloop.session.Ticker;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * Records one round into its {@link RecordingFolder}, following the round's clock: each
 * {@link #start} (a start or resume) begins a segment placed at that round ms, each
 * {@link #pause} ends it, {@link #stop} ends the recording. A new recorder on a folder that
 * already has segments (a round resumed after a crash) carries on with the next number.
 *
 * <p>Audio is read from the source in 20 ms frames, never ahead of the injected
 * {@link Ticker} (a real microphone cannot run ahead; a test source could), passed through
 * the {@link SpeechDetector}, encoded, and flushed with its chunk-log line every
 * {@link AudioSpec#CHUNK_MS} ms ({@link RecorderLoop}, {@link SegmentFile}). The methods that
 * steer it return at once, from any thread: the work happens on the recorder's own thread
 * ({@link #startThread()}), or, in tests, on the caller's thread in {@link #pump()}. The
 * microphone is opened at the first start.
 */
public final class RoundRecorder implements AutoCloseable {

    /** Opens the audio source. */
    @FunctionalInterface
    public interface SourceOpener {
        /** @throws MicrophoneException with a message for the user when there is no microphone */
        PcmSource open() throws MicrophoneException;
    }

    private final String roundId;
    private final Path folder;
    private final Ticker ticker;
    private final BlockingQueue<RecorderCommand> commands = new LinkedBlockingQueue<>();
    private final RecorderLoop loop;
    private Thread thread;

    /**
     * @param roundId the round's id
     * @param folder  the round's folder, see {@link RecordingFolder#of}; created at the first start
     * @param opener  opens the microphone
     * @param ticker  the round's monotonic clock
     */
    public RoundRecorder(String roundId, Path folder, SourceOpener opener, Ticker ticker) {
        this.roundId = roundId;
        this.folder = folder;
        this.ticker = ticker;
        this.loop = new RecorderLoop(folder, opener, ticker);
    }

    /** @return the round this records */
    public String roundId() {
        return roundId;
    }

    /** @return the round's folder */
    public Path folder() {
        return folder;
    }

    /**
     * Opens the microphone ahead of the start, so the recording begins with the round rather
     * than a moment later. Optional: {@link #start} opens it too.
     */
    public void open() {
        commands.add(new RecorderCommand.Open());
    }

    /** @param listener hears every change of {@link #status()}, on the recorder's thread; must not block */
    public void onStatus(Consumer<RecorderStatus> listener) {
        loop.onStatus(listener);
    }

    /** Starts or resumes recording; the round's clock reads {@code roundMs} now (elapsed, pauses excluded). */
    public void start(long roundMs) {
        commands.add(new RecorderCommand.Start(roundMs, ticker.nanoTime()));
    }

    /** Pauses: the segment ends with the audio up to now. */
    public void pause() {
        commands.add(new RecorderCommand.Pause(ticker.nanoTime()));
    }

    /** Ends the recording with the audio up to now and releases the microphone. */
    public void stop() {
        commands.add(new RecorderCommand.Stop(ticker.nanoTime()));
    }

    /**
     * While the interviewer's voice reads a probe aloud, the microphone hears it too: those
     * frames are not counted as the user's speech.
     */
    public void interviewerSpeaking(boolean speaking) {
        loop.interviewerSpeaking(speaking);
    }

    /** @return what the recorder is doing, with a line for the user */
    public RecorderStatus status() {
        return loop.status();
    }

    /** @return the round ms up to which audio has been read from the microphone (flushed or not) */
    public long capturedUntilMs() {
        return loop.capturedUntilMs();
    }

    /** @return the last frame's level, dBFS, for a meter */
    public double levelDbfs() {
        return loop.levelDbfs();
    }

    /** Runs the recorder on a daemon thread of its own until {@link #stop()}. */
    public synchronized void startThread() {
        if (thread != null) {
            return;
        }
        thread = new Thread(this::run, "mockloop-recorder");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Does on the caller's thread what the recorder's thread would: runs the commands given
     * so far and records every frame the clock has reached. For tests; never together with
     * {@link #startThread()}.
     */
    public void pump() {
        RecorderCommand command;
        while ((command = commands.poll()) != null) {
            loop.handle(command);
        }
        while (loop.recording() && loop.captureIfDue()) {
            // keep up with the clock
        }
    }

    private void run() {
        try {
            while (!loop.finished()) {
                RecorderCommand command = loop.recording() ? commands.poll() : commands.take();
                if (command != null) {
                    loop.handle(command);
                } else if (!loop.captureIfDue()) {
                    Thread.sleep(5);  // only a source faster than real time gets here; a microphone blocks in read
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            loop.endQuietly();
        }
    }

    /**
     * Stops recording and waits up to 10 s for the last chunk to reach the disk (a recorder
     * keeping up with the clock needs milliseconds; one fed faster than real time, as in
     * tests, may have seconds to encode).
     */
    @Override
    public void close() {
        stop();
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running == null) {
            pump();
            return;
        }
        try {
            running.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
