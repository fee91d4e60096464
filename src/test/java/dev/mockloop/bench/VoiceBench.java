package dev.mockloop.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.session.ManualTicker;
import dev.mockloop.voice.AudioSpec;
import dev.mockloop.voice.PcmSource;
import dev.mockloop.voice.Recording;
import dev.mockloop.voice.RecordingCursor;
import dev.mockloop.voice.RecordingFolder;
import dev.mockloop.voice.RecordingLoader;
import dev.mockloop.voice.RoundRecorder;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

/**
 * The recording's size, its cost while recording and the replay's seek, on speech: the
 * voice tests' espeak-ng sentence (3.44 s) and 1 s of quiet room (-60 dBFS noise), over and
 * over, through the real recorder (speech detector, Opus encoder, Ogg pages flushed and
 * fsync'd every 2 s). Goals: at most 10 MB per 45 minutes (233,000 bytes a minute), under
 * 10% of one core, a seek under 100 ms. The smoke run ({@link Bench#smoke()}) records 20 s
 * and also checks that its figures are sane: the size goal met, a seek under 100 ms.
 */
class VoiceBench {

    /** The figures of one run. */
    record Result(double bytesPerMinute, double cpuPercent, double seekMs) {
    }

    @Test
    void voice() throws Exception {
        if (!Bench.wanted("audio.")) {
            return;
        }
        Result r = measure(Bench.size(600, 20));
        Bench.report("audio.bytes_per_minute", r.bytesPerMinute(), "bytes");
        Bench.report("audio.encode_cpu_percent", r.cpuPercent(), "%");
        Bench.report("audio.seek_ms", r.seekMs(), "ms");
        if (Bench.smoke()) {
            assertTrue(r.bytesPerMinute() > 50_000 && r.bytesPerMinute() < 233_000,
                    "10 MB per 45 minutes is 233,000 bytes a minute; measured " + r.bytesPerMinute());
            assertTrue(r.seekMs() < 100, "seek " + r.seekMs() + " ms");
            assertTrue(r.cpuPercent() > 0, "cpu " + r.cpuPercent());
        }
    }

    /** Records {@code seconds} of speech (after 30 s of warm-up) and measures it. */
    static Result measure(int seconds) throws Exception {
        short[] speech = speech();
        Path dir = Files.createTempDirectory("voice-bench");
        try {
            record(dir, "warm-up", speech, 30);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            Path folder = record(dir, "round", speech, seconds);
            double cpuPercent = (threads.getCurrentThreadCpuTime() - cpu) / 1e9 / seconds * 100;
            double bytesPerMinute = RecordingFolder.bytes(folder) / (seconds / 60.0);

            Recording recording = RecordingLoader.load(folder, "round");
            RecordingCursor cursor = new RecordingCursor(recording);
            short[] frame = new short[AudioSpec.FRAME_SAMPLES];
            Random random = new Random(7);
            double seekMs = Bench.medianMillis(20, 101, () -> {
                cursor.seek(random.nextInt(seconds * 1000));
                return cursor.read(frame, 0, frame.length);
            });
            return new Result(bytesPerMinute, cpuPercent, seekMs);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Path record(Path data, String roundId, short[] speech, int seconds) {
        ManualTicker ticker = new ManualTicker();
        Path folder = RecordingFolder.of(data, roundId);
        RoundRecorder recorder = new RoundRecorder(roundId, folder, () -> new Looping(speech), ticker);
        recorder.start(0);
        recorder.pump();
        for (int s = 0; s < seconds; s++) {
            ticker.advanceMillis(1_000);
            recorder.pump();
        }
        recorder.stop();
        recorder.pump();
        return folder;
    }

    /** The sentence, then a second of quiet room, forever. */
    private static final class Looping implements PcmSource {
        private final short[] loop;
        private int at;

        Looping(short[] speech) {
            Random random = new Random(1);
            loop = new short[speech.length + AudioSpec.SAMPLE_RATE];
            for (int i = 0; i < loop.length; i++) {
                int noise = (int) Math.round(random.nextGaussian() * 33);
                loop[i] = (short) Math.max(-32768, Math.min(32767, (i < speech.length ? speech[i] : 0) + noise));
            }
        }

        @Override
        public void start() {
        }

        @Override
        public void stop() {
        }

        @Override
        public int read(short[] pcm, int offset, int length) {
            for (int i = 0; i < length; i++) {
                pcm[offset + i] = loop[at];
                at = (at + 1) % loop.length;
            }
            return length;
        }

        @Override
        public String name() {
            return "bench";
        }

        @Override
        public void close() {
        }
    }

    private static short[] speech() throws Exception {
        try (InputStream in = new BufferedInputStream(VoiceBench.class.getResourceAsStream("/dev/mockloop/voice/speech.wav"));
             AudioInputStream audio = AudioSystem.getAudioInputStream(in)) {
            byte[] bytes = audio.readAllBytes();
            short[] pcm = new short[bytes.length / 2];
            for (int i = 0; i < pcm.length; i++) {
                pcm[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8));
            }
            return pcm;
        }
    }
}
