package dev.mockloop.voice;

/**
 * What a {@link RoundRecorder}'s steering methods ask of its recording thread, queued in the
 * order they were called. Times are the round's monotonic clock ({@code Ticker#nanoTime()})
 * when the method was called.
 */
sealed interface RecorderCommand {

    /** Open the microphone ahead of the start. */
    record Open() implements RecorderCommand {
    }

    /** Start or resume a segment: the round's clock read {@code roundMs} (ms) at {@code nanos}. */
    record Start(long roundMs, long nanos) implements RecorderCommand {
    }

    /** End the segment with the audio up to {@code nanos}. */
    record Pause(long nanos) implements RecorderCommand {
    }

    /** End the recording with the audio up to {@code nanos} and release the microphone. */
    record Stop(long nanos) implements RecorderCommand {
    }
}
