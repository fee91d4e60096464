package dev.mockloop.settings;

import dev.mockloop.session.ExtendMode;

/**
 * The user's preferences.
 *
 * @param extendMode where the minutes come from when a phase is extended
 * @param muted      whether the timer's cues are silent (the visual cues stay)
 */
public record Settings(ExtendMode extendMode, boolean muted) {

    /** What a new user gets: extensions take time from later phases, sound on. */
    public static final Settings DEFAULTS = new Settings(ExtendMode.TAKE_FROM_LATER_PHASES, false);

    public Settings withExtendMode(ExtendMode mode) {
        return new Settings(mode, muted);
    }

    public Settings withMuted(boolean mute) {
        return new Settings(extendMode, mute);
    }
}
