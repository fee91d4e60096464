package dev.mockloop.interview;

import java.util.Map;

/**
 * Interviewer mode's settings, kept under the {@code interview.} key prefix of the settings table.
 *
 * @param lan  whether the server listens on the local network ({@code interview.lan}); false, the
 *             default, keeps it on 127.0.0.1 where only this computer reaches it
 * @param port the TCP port to listen on ({@code interview.port}), 1024 to 65535, or 0 (the
 *             default) for any free port
 */
public record InterviewSettings(boolean lan, int port) {

    /** Loopback only, any free port. */
    public static final InterviewSettings DEFAULTS = new InterviewSettings(false, 0);

    static final String LAN = "interview.lan";
    static final String PORT = "interview.port";

    /** @throws IllegalArgumentException if the port is neither 0 nor 1024 to 65535 */
    public InterviewSettings {
        if (port != 0 && (port < 1024 || port > 65535)) {
            throw new IllegalArgumentException("the interviewer's port must be 1024 to 65535, or 0 for any free"
                    + " port; got " + port);
        }
    }

    /**
     * @param values every saved setting by key ({@code SettingsRepository.values()})
     * @return the settings; a missing or unreadable value gives its default
     */
    public static InterviewSettings from(Map<String, String> values) {
        boolean lan = Boolean.parseBoolean(values.getOrDefault(LAN, "false"));
        int port = DEFAULTS.port();
        try {
            int saved = Integer.parseInt(values.getOrDefault(PORT, "0").strip());
            port = saved == 0 || (saved >= 1024 && saved <= 65535) ? saved : port;
        } catch (NumberFormatException unreadable) {
            // keep the default
        }
        return new InterviewSettings(lan, port);
    }

    /** @return these settings as key/value rows for {@code SettingsRepository.put} */
    public Map<String, String> values() {
        return Map.of(LAN, Boolean.toString(lan), PORT, Integer.toString(port));
    }

    /** @return the same settings, listening on the local network or not */
    public InterviewSettings withLan(boolean onLan) {
        return new InterviewSettings(onLan, port);
    }
}
