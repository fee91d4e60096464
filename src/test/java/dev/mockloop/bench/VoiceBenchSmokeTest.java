package dev.mockloop.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link VoiceBench} at a small size in every build: the measuring code runs and its figures are sane. */
class VoiceBenchSmokeTest {

    @Test
    void aShortRecordingMeetsTheSizeAndSeekGoals() throws Exception {
        VoiceBench.Result r = VoiceBench.measure(20);
        assertTrue(r.bytesPerMinute() > 50_000 && r.bytesPerMinute() < 233_000,
                "10 MB per 45 minutes is 233,000 bytes a minute; measured " + r.bytesPerMinute());
        assertTrue(r.seekMs() < 100, "seek " + r.seekMs() + " ms");
        assertTrue(r.cpuPercent() > 0, "cpu " + r.cpuPercent());
    }
}
