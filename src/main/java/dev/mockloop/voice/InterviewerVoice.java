package dev.mockloop.voice;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Reads probe cards aloud, offline, one at a time on a thread of its own, when the setting is
 * on and the cues are not muted. While it speaks, the recorder is told, so the microphone
 * hearing the speakers is not taken for the candidate answering.
 */
public final class InterviewerVoice implements AutoCloseable {

    /** Turns text into sound and plays it, blocking until it has been heard. */
    @FunctionalInterface
    public interface Speaker {
        /** @throws RuntimeException if there is no sound device or no voice */
        void speak(String text);
    }

    private final Speaker speaker;
    private final BooleanSupplier wanted;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mockloop-interviewer-voice");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean broken;

    /**
     * @param speaker the synthesiser, e.g. {@link FreeTtsSpeaker}
     * @param wanted  read at each card: the setting is on and the cues are not muted
     */
    public InterviewerVoice(Speaker speaker, BooleanSupplier wanted) {
        this.speaker = speaker;
        this.wanted = wanted;
    }

    /**
     * Reads a probe aloud unless muted or switched off; returns at once.
     *
     * @param speaking told true as the voice starts and false when it stops, on the voice's thread
     */
    public void say(String text, Consumer<Boolean> speaking) {
        if (broken || !wanted.getAsBoolean() || text == null || text.isBlank()) {
            return;
        }
        thread.execute(() -> {
            if (!wanted.getAsBoolean()) {
                return;  // muted while it waited its turn
            }
            speaking.accept(true);
            try {
                speaker.speak(text);
            } catch (RuntimeException | LinkageError e) {
                broken = true;
                System.err.println("Mockloop: the interviewer's voice is unavailable (" + e.getMessage()
                        + "); probes stay on screen only.");
            } finally {
                speaking.accept(false);
            }
        });
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
