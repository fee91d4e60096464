package dev.mockloop.ui.session;

import dev.mockloop.session.CueKind;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;

/**
 * Plays the cue sounds that ship with the app (two short WAV tones: a warning and a
 * boundary) through Java Sound, on a thread of its own so a slow audio device never
 * stalls the timer. A machine without sound gets the visual cues only.
 */
public final class ToneCuePlayer implements CuePlayer {

    private static final String WARNING = "/dev/mockloop/ui/sounds/warning.wav";
    private static final String BOUNDARY = "/dev/mockloop/ui/sounds/boundary.wav";

    private final ExecutorService audio = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "mockloop-sound");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean unavailable;

    @Override
    public void play(CueKind kind) {
        if (unavailable) {
            return;
        }
        String sound = kind == CueKind.PHASE_ONE_MINUTE_LEFT ? WARNING : BOUNDARY;
        audio.execute(() -> playNow(sound));
    }

    private void playNow(String resource) {
        try (InputStream in = new BufferedInputStream(ToneCuePlayer.class.getResourceAsStream(resource));
             AudioInputStream stream = AudioSystem.getAudioInputStream(in)) {
            Clip clip = AudioSystem.getClip();
            clip.open(stream);
            clip.addLineListener(e -> {
                if (e.getType() == javax.sound.sampled.LineEvent.Type.STOP) {
                    clip.close();
                }
            });
            clip.start();
        } catch (Exception | LinkageError e) {
            unavailable = true;
            System.err.println("Mockloop: no sound device (" + e.getMessage() + "); cues stay visual.");
        }
    }
}
