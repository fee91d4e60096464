package dev.mockloop.voice;

import io.github.jaredmdobson.concentus.OpusDecoder;
import io.github.jaredmdobson.concentus.OpusException;
import java.util.List;

/**
 * Reads a {@link Recording} as one stream of PCM on the round's clock: sample n after a
 * {@link #seek} to t ms is the audio at round ms t + n / 16, silence where nothing was
 * recorded. Seeking costs a few frames of decoding (the decoder restarts
 * {@value #PREROLL_FRAMES} frames early so its output has settled by the target).
 * Not thread-safe: one player thread owns it.
 */
public final class RecordingCursor {

    /** Frames decoded and thrown away before a seek target, so the decoder's state has converged. */
    static final int PREROLL_FRAMES = 4;

    private final Recording recording;
    private final List<Recording.Span> spans;
    private final long endSample;
    private long position;
    private OpusDecoder decoder;
    private int segment = -1;
    private int nextPacket;
    /** Decoded-output index (pre-skip included) of {@code frame[0]}. */
    private long frameStart;
    private final short[] frame = new short[AudioSpec.FRAME_SAMPLES * 6];
    private int frameLength;

    public RecordingCursor(Recording recording) {
        this.recording = recording;
        this.spans = recording.spans();
        this.endSample = recording.endMs() * AudioSpec.SAMPLES_PER_MS;
    }

    /** @param roundMs where the next {@link #read} starts, clamped to 0..end */
    public void seek(long roundMs) {
        position = Math.max(0, Math.min(endSample, roundMs * AudioSpec.SAMPLES_PER_MS));
    }

    /** @return round ms of the next sample read */
    public long positionMs() {
        return position / AudioSpec.SAMPLES_PER_MS;
    }

    /** @return the round ms after the last recorded sample */
    public long endMs() {
        return recording.endMs();
    }

    /**
     * Fills {@code out} with the next samples.
     *
     * @return samples written, or -1 at the end of the recording
     * @throws VoiceException if a packet cannot be decoded
     */
    public int read(short[] out, int offset, int length) {
        if (position >= endSample) {
            return -1;
        }
        int written = 0;
        while (written < length && position < endSample) {
            Recording.Span span = spanAt(position);
            if (span == null) {
                long until = Math.min(endSample, nextSpanStart(position));
                int n = (int) Math.min(length - written, until - position);
                java.util.Arrays.fill(out, offset + written, offset + written + n, (short) 0);
                written += n;
                position += n;
                continue;
            }
            long spanEnd = span.toMs() * AudioSpec.SAMPLES_PER_MS;
            Segment s = recording.segments().get(span.segment());
            long decodedIndex = position - s.startRoundMs() * AudioSpec.SAMPLES_PER_MS + s.preSkip();
            if (!position(span.segment(), decodedIndex)) {
                // Past the segment's last packet (its end was rounded up): silence.
                int n = (int) Math.min(length - written, spanEnd - position);
                java.util.Arrays.fill(out, offset + written, offset + written + n, (short) 0);
                written += n;
                position += n;
                continue;
            }
            int from = (int) (decodedIndex - frameStart);
            int n = (int) Math.min(Math.min(length - written, frameLength - from), spanEnd - position);
            System.arraycopy(frame, from, out, offset + written, n);
            written += n;
            position += n;
        }
        return written;
    }

    private Recording.Span spanAt(long sample) {
        for (Recording.Span span : spans) {
            if (sample >= span.fromMs() * AudioSpec.SAMPLES_PER_MS && sample < span.toMs() * AudioSpec.SAMPLES_PER_MS) {
                return span;
            }
        }
        return null;
    }

    private long nextSpanStart(long sample) {
        for (Recording.Span span : spans) {
            long start = span.fromMs() * AudioSpec.SAMPLES_PER_MS;
            if (start > sample) {
                return start;
            }
        }
        return endSample;
    }

    /** Makes {@code frame} hold the decoded sample {@code index} of segment {@code seg}; false past its end. */
    private boolean position(int seg, long index) {
        if (seg == segment && index >= frameStart && index < frameStart + frameLength) {
            return true;
        }
        Segment s = recording.segments().get(seg);
        long target = index / AudioSpec.FRAME_SAMPLES;
        boolean sequential = seg == segment && target >= nextPacket && target - nextPacket <= PREROLL_FRAMES;
        if (!sequential) {
            segment = seg;
            decoder = newDecoder();
            nextPacket = (int) Math.max(0, target - PREROLL_FRAMES);
            frameLength = 0;
        }
        while (nextPacket < s.packets().size()) {
            frameStart = (long) nextPacket * AudioSpec.FRAME_SAMPLES;
            frameLength = decode(s.packets().get(nextPacket));
            nextPacket++;
            if (index >= frameStart && index < frameStart + frameLength) {
                return true;
            }
        }
        frameLength = 0;
        return false;
    }

    private int decode(byte[] packet) {
        try {
            return decoder.decode(packet, 0, packet.length, frame, 0, frame.length, false);
        } catch (OpusException e) {
            throw new VoiceException("the recording of round " + recording.roundId() + " has a damaged frame: "
                    + e.getMessage(), e);
        }
    }

    private static OpusDecoder newDecoder() {
        try {
            return new OpusDecoder(AudioSpec.SAMPLE_RATE, 1);
        } catch (OpusException e) {
            throw new IllegalStateException("the Opus decoder could not start", e);
        }
    }
}
