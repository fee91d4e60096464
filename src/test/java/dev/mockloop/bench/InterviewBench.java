package dev.mockloop.bench;

import dev.mockloop.interview.SketchLatency;
import org.junit.jupiter.api.Test;

/**
 * Interviewer mode: from a change of the candidate's sketch in the app to its SVG at the
 * interviewer's page, over 100 changes a stroke's time apart (300 ms), through the real server
 * and a WebSocket client on 127.0.0.1 (see {@link SketchLatency}). The smoke run
 * ({@link Bench#smoke()}) sends 3 changes 20 ms apart; {@code SketchLatencyTest} holds the
 * latency to its goal in the normal build.
 */
class InterviewBench {

    @Test
    void sketchLatency() {
        if (!Bench.wanted("interview.sketch_latency")) {
            return;
        }
        if (!Bench.smoke()) {
            SketchLatency.measure(20, 50);  // warm-up: JIT, Jetty's pools, the first SVG
        }
        double[] ms = SketchLatency.measure(Bench.size(100, 3), Bench.size(300, 20));
        Bench.report("interview.sketch_latency_median_ms", SketchLatency.median(ms), "ms");
        Bench.report("interview.sketch_latency_worst_ms", SketchLatency.worst(ms), "ms");
    }
}
