package dev.mockloop.voice;

import dev.mockloop.settings.SettingValues;
import java.util.Map;

/**
 * The voice settings, kept under {@code voice.} keys by the settings repository.
 *
 * @param enabled          whether rounds are recorded (key {@value #ENABLED}, default on: a round
 *                         records as soon as a microphone is found)
 * @param device           the microphone's name as the system shows it, blank for the system's
 *                         default (key {@value #DEVICE})
 * @param tts              whether probe cards are read aloud by the interviewer's voice (key
 *                         {@value #TTS}, default off); the mute shortcut silences it too
 * @param backupRecordings whether each backup of the database also copies the recordings folder
 *                         ("Back up recordings too", key {@value #BACKUP_RECORDINGS}, default off)
 */
public record VoiceSettings(boolean enabled, String device, boolean tts, boolean backupRecordings) {

    public static final String ENABLED = "voice.enabled";
    public static final String DEVICE = "voice.device";
    public static final String TTS = "voice.tts";
    public static final String BACKUP_RECORDINGS = "voice.backupRecordings";

    /** What a new user gets. */
    public static final VoiceSettings DEFAULTS = new VoiceSettings(true, "", false, false);

    public VoiceSettings {
        device = device == null ? "" : device;
    }

    /** The settings before backups could include recordings: those stay off. */
    public VoiceSettings(boolean enabled, String device, boolean tts) {
        this(enabled, device, tts, false);
    }

    /** @return the settings in these saved values, defaults for anything missing or unreadable */
    public static VoiceSettings from(Map<String, String> values) {
        return new VoiceSettings(SettingValues.flag(values.get(ENABLED), DEFAULTS.enabled), values.getOrDefault(DEVICE, ""),
                SettingValues.flag(values.get(TTS), DEFAULTS.tts), SettingValues.flag(values.get(BACKUP_RECORDINGS), DEFAULTS.backupRecordings));
    }

    /** @return the values to save */
    public Map<String, String> toValues() {
        return Map.of(ENABLED, Boolean.toString(enabled), DEVICE, device, TTS, Boolean.toString(tts),
                BACKUP_RECORDINGS, Boolean.toString(backupRecordings));
    }

    public VoiceSettings withEnabled(boolean on) {
        return new VoiceSettings(on, device, tts, backupRecordings);
    }

    public VoiceSettings withDevice(String name) {
        return new VoiceSettings(enabled, name, tts, backupRecordings);
    }

    public VoiceSettings withTts(boolean on) {
        return new VoiceSettings(enabled, device, on, backupRecordings);
    }

    public VoiceSettings withBackupRecordings(boolean on) {
        return new VoiceSettings(enabled, device, tts, on);
    }
}
