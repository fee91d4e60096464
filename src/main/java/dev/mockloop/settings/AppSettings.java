package dev.mockloop.settings;

import java.util.Map;
import java.util.Objects;

/**
 * The settings screen's own preferences, kept beside the core {@link Settings} as key/value
 * rows through {@link SettingsRepository#values()} and {@link SettingsRepository#put(Map)}
 * under the keys {@value #THEME}, {@value #BACKUP_MINUTES}, {@value #DEFAULT_FRAMEWORK} and
 * {@value #WELCOME_DISMISSED}. A missing or unreadable value reads as its default, so an
 * older or newer app's rows never stop the window from opening.
 *
 * @param theme            light, dark or the system's choice
 * @param backupMinutes    minutes between periodic database backups, one of {@link #BACKUP_CHOICES}
 * @param defaultFramework id of the framework a new round is offered on, or "" for each question's own
 * @param welcomeDismissed whether the first-run welcome was closed (Help reopens it)
 */
public record AppSettings(ThemeChoice theme, int backupMinutes, String defaultFramework, boolean welcomeDismissed) {

    public static final String THEME = "ui.theme";
    public static final String BACKUP_MINUTES = "backup.interval-minutes";
    public static final String DEFAULT_FRAMEWORK = "round.default-framework";
    public static final String WELCOME_DISMISSED = "ui.welcome-dismissed";
    /**
     * The backup intervals offered, minutes. 30 is Anki's default, which the backup
     * policy follows (see {@link dev.mockloop.storage.BackupService#PERIODIC_MS}).
     */
    public static final java.util.List<Integer> BACKUP_CHOICES = java.util.List.of(10, 15, 30, 60, 120);

    /** What a new user gets: light, a backup every 30 minutes, each question's own framework, the welcome shown. */
    public static final AppSettings DEFAULTS = new AppSettings(ThemeChoice.LIGHT, 30, "", false);

    public AppSettings {
        Objects.requireNonNull(theme, "theme");
        defaultFramework = defaultFramework == null ? "" : defaultFramework;
        if (!BACKUP_CHOICES.contains(backupMinutes)) {
            throw new IllegalArgumentException("backup interval " + backupMinutes + " min is not one of " + BACKUP_CHOICES);
        }
    }

    /**
     * @param values every saved setting by key, as {@link SettingsRepository#values()} returns them
     * @return the preferences they hold, defaults for anything missing or unreadable
     */
    public static AppSettings read(Map<String, String> values) {
        ThemeChoice theme = DEFAULTS.theme();
        try {
            theme = ThemeChoice.valueOf(values.getOrDefault(THEME, theme.name()));
        } catch (IllegalArgumentException unknown) {
            // written by a newer version: keep the default
        }
        int minutes = DEFAULTS.backupMinutes();
        try {
            int saved = Integer.parseInt(values.getOrDefault(BACKUP_MINUTES, Integer.toString(minutes)).trim());
            minutes = BACKUP_CHOICES.contains(saved) ? saved : minutes;
        } catch (NumberFormatException unreadable) {
            // keep the default
        }
        return new AppSettings(theme, minutes, values.getOrDefault(DEFAULT_FRAMEWORK, ""),
                Boolean.parseBoolean(values.getOrDefault(WELCOME_DISMISSED, "false")));
    }

    /** @return these preferences as the rows {@link SettingsRepository#put(Map)} saves */
    public Map<String, String> values() {
        return Map.of(THEME, theme.name(), BACKUP_MINUTES, Integer.toString(backupMinutes),
                DEFAULT_FRAMEWORK, defaultFramework, WELCOME_DISMISSED, Boolean.toString(welcomeDismissed));
    }

    /** @return the backup interval, ms */
    public long backupMs() {
        return backupMinutes * 60_000L;
    }

    public AppSettings withTheme(ThemeChoice choice) {
        return new AppSettings(choice, backupMinutes, defaultFramework, welcomeDismissed);
    }

    public AppSettings withBackupMinutes(int minutes) {
        return new AppSettings(theme, minutes, defaultFramework, welcomeDismissed);
    }

    /** @param frameworkId a framework's id, or "" for each question's own */
    public AppSettings withDefaultFramework(String frameworkId) {
        return new AppSettings(theme, backupMinutes, frameworkId, welcomeDismissed);
    }

    public AppSettings withWelcomeDismissed(boolean dismissed) {
        return new AppSettings(theme, backupMinutes, defaultFramework, dismissed);
    }
}
