package dev.mockloop.ui.settings;

import javafx.scene.Node;

/**
 * One section of the settings screen: a heading over a feature's own controls. A feature
 * (the microphone, the interviewer's server, the coach) adds its settings by giving
 * {@link SettingsView} one more section; the section's controls read and save the
 * feature's keys themselves (through {@code SettingsRepository.values()/put}, off the UI
 * thread), so the screen needs nothing else from it.
 */
public interface SettingsSection {

    /** @return the section's heading, e.g. "Microphone" */
    String title();

    /** @return the section's controls, built once when the screen opens */
    Node content();

    /** @return a section from a heading and its controls */
    static SettingsSection of(String title, Node content) {
        return new SettingsSection() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public Node content() {
                return content;
            }
        };
    }
}
