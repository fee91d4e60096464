package dev.mockloop.voice;

import dev.mockloop.session.Ticker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The recording thread's side of a {@link RoundRecorder}: runs its commands in order and
 * reads the microphone in 20 ms frames as the round's clock reaches them (never ahead:
 * a real microphone cannot run ahead; a test source could), through the
 * {@link SpeechDetector}, into the current {@link SegmentFile}. Keeps the recorder's status,
 * level and progress in volatile fields that any thread may read.
 */
final class RecorderLoop {

    /**
     * The furthest the recorder may fall behind the clock, ms. A microphone buffers
     * {@value Microphones#BUFFER_MS} ms, so audio further back was lost on a real device (a
     * stalled disk, a suspended machine); the recorder then starts a new segment at the
     * clock's time rather than encode a backlog that no longer exists. A source faster than
     * real time (tests jumping the clock by minutes) is cut the same way.
     */
    static final long MAX_BEHIND_MS = 5_000;

    private final Path folder;
    private final RoundRecorder.SourceOpener opener;
    private final Ticker ticker;
    private volatile RecorderStatus status = RecorderStatus.IDLE;
    private volatile Consumer<RecorderStatus> onStatus = s -> { };
    private volatile double levelDbfs = SpeechDetector.SILENCE_DBFS;
    private volatile boolean interviewerSpeaking;
    private volatile boolean finished;
    private volatile long capturedUntilMs;

    // Owned by the recording thread (or the pumping test).
    private final SpeechDetector detector = new SpeechDetector();
    private final short[] frame = new short[AudioSpec.FRAME_SAMPLES];
    private PcmSource source;
    private ChunkLog log;
    private SegmentFile segment;
    private long segmentStartNanos;

    RecorderLoop(Path folder, RoundRecorder.SourceOpener opener, Ticker ticker) {
        this.folder = folder;
        this.opener = opener;
        this.ticker = ticker;
    }

    RecorderStatus status() {
        return status;
    }

    void onStatus(Consumer<RecorderStatus> listener) {
        onStatus = listener;
        listener.accept(status);
    }

    double levelDbfs() {
        return levelDbfs;
    }

    long capturedUntilMs() {
        return capturedUntilMs;
    }

    void interviewerSpeaking(boolean speaking) {
        interviewerSpeaking = speaking;
    }

    /** @return whether the recording has ended (stopped or failed): no command does anything now */
    boolean finished() {
        return finished;
    }

    /** @return whether a segment is being recorded, so frames are due as the clock goes on */
    boolean recording() {
        return segment != null;
    }

    /** Runs one command; see {@link RecorderCommand}. */
    void handle(RecorderCommand command) {
        if (finished) {
            return;
        }
        if (command instanceof RecorderCommand.Open) {
            openSource();
        } else if (command instanceof RecorderCommand.Start start) {
            begin(start);
        } else if (command instanceof RecorderCommand.Pause pause) {
            if (segment != null) {
                drainUntil(pause.nanos());
                endSegment(new RecorderStatus(RecorderStatus.State.PAUSED, "Paused: the recording waits too."));
            }
        } else if (command instanceof RecorderCommand.Stop stop) {
            if (segment != null) {
                drainUntil(stop.nanos());
            }
            endSegment(status);
            finish(status.isProblem() || status.state() == RecorderStatus.State.IDLE ? status
                    : new RecorderStatus(RecorderStatus.State.STOPPED, "The round's recording is complete."));
        }
    }

    /**
     * Records the next frame if the clock has reached it; starts a new segment at the clock's
     * time if the recorder fell more than {@value #MAX_BEHIND_MS} ms behind.
     *
     * @return whether it did anything (false: no segment, or the next frame is not due yet)
     */
    boolean captureIfDue() {
        if (segment == null) {
            return false;
        }
        long now = ticker.nanoTime();
        long due = dueAt(now);
        if (due - segment.samples() > MAX_BEHIND_MS * AudioSpec.SAMPLES_PER_MS) {
            long roundMs = roundMsAt(now);
            endSegment(status);
            if (segment == null && !finished) {
                begin(new RecorderCommand.Start(roundMs, now));
            }
            return true;
        }
        if (segment.samples() + AudioSpec.FRAME_SAMPLES > due) {
            return false;
        }
        captureFrame();
        return true;
    }

    /** Ends everything without a last chunk and releases the microphone (the thread was interrupted). */
    void endQuietly() {
        if (segment != null) {
            segment.abandon();
            segment = null;
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

    private void begin(RecorderCommand.Start start) {
        if (segment != null) {
            return;
        }
        boolean opened = source != null;
        if (!openSource()) {
            return;
        }
        try {
            Files.createDirectories(folder);
            List<Integer> existing = RecordingFolder.segments(folder);
            int number = existing.isEmpty() ? 1 : existing.get(existing.size() - 1) + 1;
            if (log == null) {
                log = new ChunkLog(RecordingFolder.chunkLog(folder));
            }
            source.start();
            // A microphone opened ahead (see RoundRecorder.open()) starts within a moment of the
            // command: its first sample is the round's ms at the command. One opened just now started later.
            segmentStartNanos = opened ? start.nanos() : ticker.nanoTime();
            long startRoundMs = start.roundMs() + (segmentStartNanos - start.nanos()) / 1_000_000;
            segment = new SegmentFile(folder, number, startRoundMs, log);
            capturedUntilMs = startRoundMs;
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

    private long roundMsAt(long nanos) {
        return segment.startRoundMs() + (nanos - segmentStartNanos) / 1_000_000;
    }

    private long clockMs() {
        return roundMsAt(ticker.nanoTime());
    }

    private void drainUntil(long nanos) {
        long due = Math.min(dueAt(nanos), segment.samples() + MAX_BEHIND_MS * AudioSpec.SAMPLES_PER_MS);
        while (segment != null && segment.samples() + AudioSpec.FRAME_SAMPLES <= due) {
            captureFrame();
        }
    }

    private void captureFrame() {
        try {
            int n = source.read(frame, 0, frame.length);
            if (n < frame.length) {
                Arrays.fill(frame, Math.max(0, n), frame.length, (short) 0);
            }
            boolean speech = detector.isSpeech(frame, 0, frame.length) && !interviewerSpeaking;
            levelDbfs = detector.lastLevelDbfs();
            segment.write(frame, speech, this::clockMs);
            capturedUntilMs = segment.endRoundMs();
            if (n < 0) {
                endSegment(new RecorderStatus(RecorderStatus.State.FAILED, "The microphone stopped sending sound"
                        + " (unplugged?), so the rest of this round is not recorded; what came before is kept."));
                finish(status);
            }
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
    }

    private void endSegment(RecorderStatus next) {
        if (segment == null) {
            return;
        }
        try {
            segment.close(this::clockMs);
        } catch (IOException | RuntimeException e) {
            fail(e);
            return;
        } finally {
            segment = null;
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
}
