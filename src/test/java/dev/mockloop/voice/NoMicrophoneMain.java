package dev.mockloop.voice;

import dev.mockloop.session.Ticker;
import java.nio.file.Path;

/**
 * For {@link NoMicrophoneTest}, run with an ALSA configuration that has no device: tries to
 * open the microphone and to record a round, and prints what the user would read.
 */
public final class NoMicrophoneMain {

    public static void main(String[] args) throws Exception {
        Microphones microphones = new Microphones();
        System.out.println("DEVICES " + microphones.names().size());
        try {
            microphones.open("");
            System.out.println("OPENED");
        } catch (MicrophoneException e) {
            System.out.println("REASON " + e.reason());
            System.out.println("MESSAGE " + e.getMessage());
        }
        RoundRecorder recorder = new RoundRecorder("r", RecordingFolder.of(Path.of(args[0]), "r"),
                () -> microphones.open(""), Ticker.system());
        recorder.start(0);
        recorder.pump();
        System.out.println("STATE " + recorder.status().state());
        recorder.stop();
        recorder.pump();
        System.out.println("AFTER " + recorder.status().state());
    }
}
