package dev.mockloop.voice;

import javax.sound.sampled.AudioFormat;

/**
 * The one format every recording uses, and why.
 *
 * <p>Speech is captured at 16 kHz mono, 16-bit (wideband: the whole speech band up to
 * 8 kHz), in frames of 20 ms (Opus's usual frame, RFC 6716 section 2.1.4), and encoded with
 * Opus at {@value #BITRATE_BPS} bit/s, complexity {@value #COMPLEXITY}. Measured by VoiceBench
 * (BENCHMARKS.md, audio.*) on speech with pauses in a quiet room: about 189 kB a minute with
 * the Ogg pages, so a 45-minute round takes about 8.5 MB (the goal is 10 MB), at about 2% of
 * one core. Lossless FLAC (sox, level 8) of 51 s of the same 16 kHz speech took 1.13 MB a
 * minute, 51 MB for 45 minutes, five times over the goal, which is why the recording is Opus
 * in Ogg (RFC 7845). Complexity 10 costs about four times the CPU of 5 for the same size.
 */
public final class AudioSpec {

    /** Capture and decode rate, Hz. */
    public static final int SAMPLE_RATE = 16_000;
    /** One Opus frame, ms. */
    public static final int FRAME_MS = 20;
    /** Samples in one frame (mono). */
    public static final int FRAME_SAMPLES = SAMPLE_RATE * FRAME_MS / 1000;
    /** Samples per ms. */
    public static final int SAMPLES_PER_MS = SAMPLE_RATE / 1000;
    /**
     * Audio between two flushes to disk, ms: each chunk is written as an Ogg page and
     * fsync'd, so a kill loses at most this much plus what the sound card still buffers.
     */
    public static final int CHUNK_MS = 2_000;
    /** Opus bit rate, bit/s. */
    public static final int BITRATE_BPS = 24_000;
    /** Opus encoder complexity, 0..10: 5 costs a quarter of 10's CPU for the same size on speech. */
    public static final int COMPLEXITY = 5;
    /** Ogg Opus granule positions count 48 kHz samples whatever the input rate (RFC 7845 section 4). */
    public static final int GRANULE_RATE = 48_000;

    private AudioSpec() {
    }

    /** @return 16 kHz, 16-bit signed little-endian mono PCM, the capture format */
    public static AudioFormat pcmFormat() {
        return new AudioFormat(SAMPLE_RATE, 16, 1, true, false);
    }

    /** @return ms of audio in this many samples */
    public static long samplesToMs(long samples) {
        return samples / SAMPLES_PER_MS;
    }
}
