package dev.mockloop.voice;

import java.util.Map;

/**
 * The voice settings, kept under {@code voice.} keys by the settings repository.
 *
 * @param enabled whether rounds are recorded (key {@value #ENABLED}, default on: a round records
 *                as soon as a microphone is found)
 * @param device  the microphone's name as the system shows it, blank for the system's default
 *                (key {@value #DEVICE})
 * @param tts     whether probe cards are read aloud by the interviewer's voice (key {@value #TTS},
 *                default off); the mute shortcut silences it too
 */
public record VoiceSettings(boolean enabled, String device, boolean tts) {

    public static final String ENABLED = "voice.enabled";
    public static final String DEVICE = "voice.device";
    public static final String TTS = "voice.tts";

    /** What a new user gets. */
    public static final VoiceSettings DEFAULTS = new VoiceSettings(true, "", false);

    public VoiceSettings {
        device = device == null ? "" : device;
    }

    /** @return the settings in these saved values, defaults for anything missing or unreadable */
    public static VoiceSettings from(Map<String, String> values) {
        return new VoiceSettings(flag(values.get(ENABLED), DEFAULTS.enabled), values.getOrDefault(DEVICE, ""),
                flag(values.get(TTS), DEFAULTS.tts));
    }

    private static boolean flag(String value, boolean otherwise) {
        return value == null ? otherwise : value.equalsIgnoreCase("true") || (!value.equalsIgnoreCase("false") && otherwise);
    }

    /** @return the values to save */
    public Map<String, String> toValues() {
        return Map.of(ENABLED, Boolean.toString(enabled), DEVICE, device, TTS, Boolean.toString(tts));
    }

    public VoiceSettings withEnabled(boolean on) {
        return new VoiceSettings(on, device, tts);
    }

    public VoiceSettings withDevice(String name) {
        return new VoiceSettings(enabled, name, tts);
    }

    public VoiceSettings withTts(boolean on) {
        return new VoiceSettings(enabled, device, on);
    }
}
