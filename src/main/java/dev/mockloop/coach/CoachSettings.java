package dev.mockloop.coach;

import dev.mockloop.settings.SettingValues;
import java.util.Map;

/**
 * The coach's settings, kept under the {@code coach.} key prefix by
 * {@code SettingsRepository.values()} / {@code put(Map)}.
 *
 * @param enabled whether the coach reads rounds ({@code coach.enabled}, "true" or "false";
 *                on by default). Off, the model is never loaded.
 */
public record CoachSettings(boolean enabled) {

    /** The key of {@link #enabled()}. */
    public static final String ENABLED = "coach.enabled";

    /** The settings before the user changes anything. */
    public static final CoachSettings DEFAULTS = new CoachSettings(true);

    /** @return the settings in saved values; a missing or unreadable value takes its default */
    public static CoachSettings from(Map<String, String> values) {
        return new CoachSettings(SettingValues.flag(values.get(ENABLED), DEFAULTS.enabled()));
    }

    /** @return the values to save */
    public Map<String, String> toValues() {
        return Map.of(ENABLED, Boolean.toString(enabled));
    }
}
