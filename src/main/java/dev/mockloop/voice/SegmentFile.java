package dev.mockloop.voice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * One segment of a round's recording being written: the Ogg Opus file of the frames from a
 * start (or resume) to the next pause, flushed every {@link AudioSpec#CHUNK_MS} ms with a
 * line in the round's {@link ChunkLog} saying which of the chunk's 20 ms frames held speech.
 * Owned by the recording thread.
 */
final class SegmentFile {

    private static final long CHUNK_SAMPLES = (long) AudioSpec.CHUNK_MS * AudioSpec.SAMPLES_PER_MS;

    private final int number;
    private final long startRoundMs;
    private final ChunkLog log;
    private final OggOpusWriter writer;
    private long chunkFirstSample;
    private StringBuilder flags = new StringBuilder();

    /**
     * Creates the segment's file.
     *
     * @param folder       the round's folder ({@link RecordingFolder#of})
     * @param number       the segment's number, from 1
     * @param startRoundMs the round's ms at the segment's first sample
     * @param log          the round's chunk log, which the segment appends to
     * @throws IOException if the file cannot be created
     */
    SegmentFile(Path folder, int number, long startRoundMs, ChunkLog log) throws IOException {
        this.number = number;
        this.startRoundMs = startRoundMs;
        this.log = log;
        this.writer = new OggOpusWriter(RecordingFolder.segment(folder, number), startRoundMs);
    }

    /** @return samples written so far */
    long samples() {
        return writer.samples();
    }

    /** @return the round's ms at the segment's first sample */
    long startRoundMs() {
        return startRoundMs;
    }

    /** @return the round's ms up to which audio is written (flushed or not) */
    long endRoundMs() {
        return startRoundMs + AudioSpec.samplesToMs(writer.samples());
    }

    /**
     * Encodes one {@link AudioSpec#FRAME_SAMPLES} frame and flushes the chunk when it is full.
     *
     * @param speech  whether the frame held the user's speech
     * @param clockMs the round's clock, ms, read when a chunk is flushed (its log line says it)
     * @throws IOException if the file or the log cannot be written
     */
    void write(short[] frame, boolean speech, LongSupplier clockMs) throws IOException {
        writer.writeFrame(frame, 0);
        flags.append(speech ? '1' : '0');
        if (writer.samples() - chunkFirstSample >= CHUNK_SAMPLES) {
            flushChunk(clockMs);
        }
    }

    /**
     * Flushes the last, partial chunk and closes the file.
     *
     * @throws IOException if it cannot be written; the chunks flushed before stay readable
     */
    void close(LongSupplier clockMs) throws IOException {
        flushChunk(clockMs);
        writer.close();
    }

    /** Closes the file without its partial chunk (the recording failed); ignores errors. */
    void abandon() {
        try {
            writer.close();
        } catch (IOException | RuntimeException ignored) {
            // the chunks flushed before stay readable
        }
    }

    private void flushChunk(LongSupplier clockMs) throws IOException {
        if (flags.isEmpty()) {
            return;
        }
        writer.flushChunk();
        log.append(new ChunkRecord(number, chunkFirstSample, writer.samples() - chunkFirstSample,
                clockMs.getAsLong(), flags.toString()));
        chunkFirstSample = writer.samples();
        flags = new StringBuilder();
    }
}
