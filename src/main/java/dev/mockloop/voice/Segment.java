package dev.mockloop.voice;

import java.util.List;

/**
 * One continuous run of recorded speech, read back from its Ogg Opus file: from a start or
 * resume of the round to the next pause or stop (or to the last chunk flushed before a kill).
 *
 * @param number       its place in the round's recording, from 1
 * @param startRoundMs the round's elapsed ms (pauses excluded) at its first sample
 * @param preSkip      decoder delay at the start, samples at {@link AudioSpec#SAMPLE_RATE}
 * @param packets      the Opus packets in order, one 20 ms frame each
 * @param samples      samples written into it (20 ms a packet)
 * @param bytes        the file's size, bytes
 */
public record Segment(int number, long startRoundMs, int preSkip, List<byte[]> packets, long samples, long bytes) {

    public Segment {
        packets = List.copyOf(packets);
    }

    /** @return its length, ms */
    public long durationMs() {
        return AudioSpec.samplesToMs(samples);
    }

    /** @return the round ms just after its last sample */
    public long endRoundMs() {
        return startRoundMs + durationMs();
    }
}
