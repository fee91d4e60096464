package dev.mockloop.ui.session;

import dev.mockloop.session.CueKind;

/** Plays a cue's sound. Injected so tests stay silent. */
@FunctionalInterface
public interface CuePlayer {

    /** Plays the sound for {@code kind}; returns at once. */
    void play(CueKind kind);

    /** @return a player that plays nothing */
    static CuePlayer silent() {
        return kind -> { };
    }
}
