package dev.mockloop.voice;

import dev.mockloop.session.Ticker;
import java.nio.file.Path;

/**
 * A recording that runs until it is killed, for {@link KillMidRecordingTest}: records round
 * {@code args[1]} into data folder {@code args[0]} from the default microphone (the ALSA
 * harness) on the real clock, and prints "CLOCK ms captured state" (the round's elapsed ms, the round ms captured up to, the
 * recorder's state) every 50 ms.
 */
public final class CrashingRecorderMain {

    public static void main(String[] args) throws Exception {
        Microphones microphones = new Microphones();
        RoundRecorder recorder = new RoundRecorder(args[1], RecordingFolder.of(Path.of(args[0]), args[1]),
                () -> microphones.open(""), Ticker.system());
        long start = System.nanoTime();
        recorder.startThread();
        recorder.start(0);
        while (true) {
            Thread.sleep(50);
            System.out.println("CLOCK " + (System.nanoTime() - start) / 1_000_000 + " " + recorder.capturedUntilMs() + " "
                    + recorder.status().state());
            System.out.flush();
        }
    }
}
