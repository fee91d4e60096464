package dev.mockloop.interview;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The brief's bar for the live whiteboard: the page has each change within a second. A small
 * run of the benchmark (InterviewBench runs 100 changes with -Pbench).
 */
class SketchLatencyTest {

    @Test
    void eachSketchChangeReachesThePageWithinASecond() {
        double[] ms = SketchLatency.measure(10, 60);
        System.out.println("BENCH interview.sketch_latency_smoke_worst_ms " + SketchLatency.worst(ms) + " ms");
        assertTrue(SketchLatency.worst(ms) < 1_000, "worst " + SketchLatency.worst(ms) + " ms");
    }
}
