package dev.mockloop.voice;

import dev.mockloop.session.Ticker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Records one round into its {@link RecordingFolder}, following the round's clock: each
 * {@link #start} (a start or resume) begins a segment placed at that round ms, each
 * {@link #pause} ends it, {@link #stop} ends the recording. A new recorder on a folder that
 * already has segments (a round resumed after a crash) carries on with the next number.
 *
 * <p>Audio is read from the source in 20 ms frames, never ahead of the injected
 * {@link Ticker} (a real microphone cannot run ahead; a test source could), passed through
 * the {@link SpeechDetector}, encoded, and flushed with its chunk-log line every
 * {@link AudioSpec#CHUNK_MS} ms. The methods that steer it return at once, from any thread:
 * the work happens on the recorder's own thread ({@link #startThread()}), or, in tests, on
 * the caller's thread in {@link #pump()}. The microphone is opened at the first start.
 */
public final class RoundRecorder implements AutoCloseable {

    /** Opens the audio source. */
    @FunctionalInterface
    public interface SourceOpener {
        /** @throws MicrophoneException with a message for the user when there is no microphone */
        PcmSource open() throws MicrophoneException;
    }

    private sealed interface Command permits Open, Start, Pause, Stop {
    }

    private record Open() implements Command {
    }

    private record Start(long roundMs, long nanos) implements Command {
    }

    private record Pause(long nanos) implements Command {
    }

    private record Stop(long nanos) implements Command {
    }

    private static final long CHUNK_SAMPLES = (long) AudioSpec.CHUNK_MS * AudioSpec.SAMPLES_PER_MS;
    /**
     * The furthest the recorder may fall behind the clock, ms. A microphone buffers
     * {@value Microphones#BUFFER_MS} ms, so audio further back was lost on a real device (a
     * stalled disk, a suspended machine); the recorder then starts a new segment at the
     * clock's time rather than encode a backlog that no longer exists. A source faster than
     * real time (tests jumping the clock by minutes) is cut the same way.
     */
    static final long MAX_BEHIND_MS = 5_000;

    private final String roundId;
    private final Path folder;
    private final SourceOpener opener;
    private final Ticker ticker;
    private final BlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private volatile RecorderStatus status = RecorderStatus.IDLE;
    private volatile java.util.function.Consumer<RecorderStatus> onStatus = s -> { };
    private volatile double levelDbfs = SpeechDetector.SILENCE_DBFS;
    private volatile boolean interviewerSpeaking;
    private volatile boolean finished;
    private volatile long capturedUntilMs;
    private Thread thread;

    // Owned by the recording thread (or the pumping test).
    private final SpeechDetector detector = new SpeechDetector();
    private final short[] frame = new short[AudioSpec.FRAME_SAMPLES];
    private PcmSource source;
    private OggOpusWriter writer;
    private ChunkLog log;
    private int segment;
    private long segmentStartNanos;
    private long segmentStartRoundMs;
    private long chunkFirstSample;
    private StringBuilder flags = new StringBuilder();

    /**
     * @param roundId the round's id
     * @param folder  the round's folder, see {@link RecordingFolder#of}; created at the first start
     * @param opener  opens the microphone
     * @param ticker  the round's monotonic clock
     */
    public RoundRecorder(String roundId, Path folder, SourceOpener opener, Ticker ticker) {
        this.roundId = roundId;
        this.folder = folder;
        this.opener = opener;
        this.ticker = ticker;
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
        commands.add(new Open());
    }

    /** @param listener hears every change of {@link #status()}, on the recorder's thread; must not block */
    public void onStatus(java.util.function.Consumer<RecorderStatus> listener) {
        this.onStatus = listener;
        listener.accept(status);
    }

    /** Starts or resumes recording; the round's clock reads {@code roundMs} now (elapsed, pauses excluded). */
    public void start(long roundMs) {
        commands.add(new Start(roundMs, ticker.nanoTime()));
    }

    /** Pauses: the segment ends with the audio up to now. */
    public void pause() {
        commands.add(new Pause(ticker.nanoTime()));
    }

    /** Ends the recording with the audio up to now and releases the microphone. */
    public void stop() {
        commands.add(new Stop(ticker.nanoTime()));
    }

    /**
     * While the interviewer's voice reads a probe aloud, the microphone hears it too: those
     * frames are not counted as the user's speech.
     */
    public void interviewerSpeaking(boolean speaking) {
        interviewerSpeaking = speaking;
    }

    /** @return what the recorder is doing, with a line for the user */
    public RecorderStatus status() {
        return status;
    }

    /** @return the round ms up to which audio has been read from the microphone (flushed or not) */
    public long capturedUntilMs() {
        return capturedUntilMs;
    }

    /** @return the last frame's level, dBFS, for a meter */
    public double levelDbfs() {
        return levelDbfs;
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
        Command command;
        while ((command = commands.poll()) != null) {
            handle(command);
        }
        while (writer != null && captureIfDue()) {
            // keep up with the clock
        }
    }

    private void run() {
        try {
            while (!finished) {
                Command command = writer == null ? commands.take() : commands.poll();
                if (command != null) {
                    handle(command);
                } else if (!captureIfDue()) {
                    Thread.sleep(5);  // only a source faster than real time gets here; a microphone blocks in read
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            endQuietly();
        }
    }

    private void handle(Command command) {
        if (finished) {
            return;
        }
        if (command instanceof Open) {
            openSource();
        } else if (command instanceof Start start) {
            begin(start);
        } else if (command instanceof Pause pause) {
            if (writer != null) {
                drainUntil(pause.nanos());
                endSegment(new RecorderStatus(RecorderStatus.State.PAUSED, "Paused: the recording waits too."));
            }
        } else if (command instanceof Stop stop) {
            if (writer != null) {
                drainUntil(stop.nanos());
            }
            endSegment(status);
            finish(status.isProblem() || status.state() == RecorderStatus.State.IDLE ? status
                    : new RecorderStatus(RecorderStatus.State.STOPPED, "The round's recording is complete."));
        }
    }

    private void begin(Start start) {
        if (writer != null) {
            return;
        }
        boolean opened = source != null;
        if (!openSource()) {
            return;
        }
        try {
            Files.createDirectories(folder);
            List<Integer> existing = RecordingFolder.segments(folder);
            segment = existing.isEmpty() ? 1 : existing.get(existing.size() - 1) + 1;
            if (log == null) {
                log = new ChunkLog(RecordingFolder.chunkLog(folder));
            }
            source.start();
            // A microphone opened ahead (see open()) starts within a moment of the command: its
            // first sample is the round's ms at the command. One opened just now started later.
            segmentStartNanos = opened ? start.nanos() : ticker.nanoTime();
            segmentStartRoundMs = start.roundMs() + (segmentStartNanos - start.nanos()) / 1_000_000;
            writer = new OggOpusWriter(RecordingFolder.segment(folder, segment), segmentStartRoundMs);
            capturedUntilMs = segmentStartRoundMs;
            chunkFirstSample = 0;
            flags = new StringBuilder();
            setStatus(new RecorderStatus(RecorderStatus.State.RECORDING, "Recording from " + source.name() + "."));
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
    }

    private boolean openSource() {
        if (source == null) {
            try {
                source = opener.open();
            } catch (MicrophoneException e) {
                setStatus(new RecorderStatus(RecorderStatus.State.UNAVAILABLE, e.getMessage()));
                return false;
            }
        }
        return true;
    }

    private void setStatus(RecorderStatus next) {
        status = next;
        onStatus.accept(next);
    }

    /** @return samples the clock has reached in this segment at {@code nanos} */
    private long dueAt(long nanos) {
        return Math.max(0, (nanos - segmentStartNanos)) * AudioSpec.SAMPLE_RATE / 1_000_000_000L;
    }

    private void drainUntil(long nanos) {
        long due = Math.min(dueAt(nanos), writer.samples() + MAX_BEHIND_MS * AudioSpec.SAMPLES_PER_MS);
        while (writer != null && writer.samples() + AudioSpec.FRAME_SAMPLES <= due) {
            captureFrame();
        }
    }

    private boolean captureIfDue() {
        if (writer == null) {
            return false;
        }
        long now = ticker.nanoTime();
        long due = dueAt(now);
        if (due - writer.samples() > MAX_BEHIND_MS * AudioSpec.SAMPLES_PER_MS) {
            long roundMs = segmentStartRoundMs + (now - segmentStartNanos) / 1_000_000;
            endSegment(status);
            if (writer == null && !finished) {
                begin(new Start(roundMs, now));
            }
            return true;
        }
        if (writer.samples() + AudioSpec.FRAME_SAMPLES > due) {
            return false;
        }
        captureFrame();
        return true;
    }

    private void captureFrame() {
        try {
            int n = source.read(frame, 0, frame.length);
            if (n < frame.length) {
                java.util.Arrays.fill(frame, Math.max(0, n), frame.length, (short) 0);
            }
            boolean speech = detector.isSpeech(frame, 0, frame.length) && !interviewerSpeaking;
            levelDbfs = detector.lastLevelDbfs();
            writer.writeFrame(frame, 0);
            capturedUntilMs = segmentStartRoundMs + AudioSpec.samplesToMs(writer.samples());
            flags.append(speech ? '1' : '0');
            if (writer.samples() - chunkFirstSample >= CHUNK_SAMPLES) {
                flushChunk();
            }
            if (n < 0) {
                endSegment(new RecorderStatus(RecorderStatus.State.FAILED, "The microphone stopped sending sound"
                        + " (unplugged?), so the rest of this round is not recorded; what came before is kept."));
                finish(status);
            }
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
    }

    private void flushChunk() throws IOException {
        if (flags.isEmpty()) {
            return;
        }
        writer.flushChunk();
        long clockMs = segmentStartRoundMs + (ticker.nanoTime() - segmentStartNanos) / 1_000_000;
        log.append(new ChunkRecord(segment, chunkFirstSample, writer.samples() - chunkFirstSample, clockMs,
                flags.toString()));
        chunkFirstSample = writer.samples();
        flags = new StringBuilder();
    }

    private void endSegment(RecorderStatus next) {
        if (writer == null) {
            return;
        }
        try {
            flushChunk();
            writer.close();
        } catch (IOException | RuntimeException e) {
            fail(e);
            return;
        } finally {
            writer = null;
        }
        source.stop();
        setStatus(next);
    }

    private void fail(Exception e) {
        endQuietly();
        setStatus(new RecorderStatus(RecorderStatus.State.FAILED, "Recording stopped: the audio could not be written"
                + " to " + folder + " (" + e.getMessage() + "). What was recorded until then is kept; the round goes on."));
        finished = true;
    }

    private void finish(RecorderStatus last) {
        endQuietly();
        setStatus(last);
        finished = true;
    }

    private void endQuietly() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException | RuntimeException ignored) {
                // the chunks flushed before stay readable
            }
            writer = null;
        }
        if (log != null) {
            try {
                log.close();
            } catch (IOException ignored) {
                // every line was forced to disk as it was written
            }
            log = null;
        }
        if (source != null) {
            source.close();
            source = null;
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
