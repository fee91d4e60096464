package dev.mockloop.voice;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;

/**
 * The interviewer's voice: FreeTTS 1.2 (pure Java, BSD licence) with its built-in 16 kHz
 * diphone voice "kevin16", which ships inside the jar, so it works offline. The voice is
 * loaded at the first probe (about half a second) and plays through Java Sound.
 */
public final class FreeTtsSpeaker implements InterviewerVoice.Speaker {

    private static final String VOICE = "kevin16";
    private Voice voice;

    @Override
    public synchronized void speak(String text) {
        if (voice == null) {
            // FreeTTS finds its voices through this property; the directory is in the jar.
            System.setProperty("freetts.voices", "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory");
            Voice found = VoiceManager.getInstance().getVoice(VOICE);
            if (found == null) {
                throw new IllegalStateException("the voice " + VOICE + " is missing");
            }
            found.allocate();
            voice = found;
        }
        voice.speak(text);
    }
}
