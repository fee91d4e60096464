package dev.mockloop.voice;

/**
 * One flushed chunk of a segment, as its line in {@code chunks.jsonl}.
 *
 * @param segment     the segment's number
 * @param firstSample the chunk's first sample, counted from the segment's start
 * @param samples     samples in the chunk
 * @param clockMs     the round's clock (elapsed ms, pauses excluded) when the chunk was written
 * @param speech      one character per 20 ms frame: '1' speech, '0' not
 */
public record ChunkRecord(int segment, long firstSample, long samples, long clockMs, String speech) {
}
