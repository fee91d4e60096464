package dev.mockloop.ui.common;

import dev.mockloop.settings.AppSettings;
import dev.mockloop.settings.Settings;
import dev.mockloop.settings.SettingsRepository;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The user's settings, shared by every screen: the core {@link Settings} (timer) and the
 * settings screen's {@link AppSettings} (theme, backups, default framework, welcome). A
 * change is applied at once and saved off the UI thread; a failed save keeps the change
 * for this run.
 */
public final class SettingsModel {

    private final ReadOnlyObjectWrapper<Settings> settings;
    private final ReadOnlyObjectWrapper<AppSettings> preferences;
    private final SettingsRepository repository;
    private final TaskRunner tasks;

    /** @param loaded the settings read at start; the preferences are taken as the defaults */
    public SettingsModel(Settings loaded, SettingsRepository repository, TaskRunner tasks) {
        this(loaded, AppSettings.DEFAULTS, repository, tasks);
    }

    /**
     * @param loaded      the core settings read at start
     * @param preferences the settings screen's preferences read at start
     */
    public SettingsModel(Settings loaded, AppSettings preferences, SettingsRepository repository, TaskRunner tasks) {
        this.settings = new ReadOnlyObjectWrapper<>(loaded);
        this.preferences = new ReadOnlyObjectWrapper<>(preferences);
        this.repository = repository;
        this.tasks = tasks;
    }

    /** Applies a change to the core settings and saves it. */
    public void update(UnaryOperator<Settings> change) {
        Settings next = change.apply(settings.get());
        settings.set(next);
        tasks.run(() -> {
            repository.save(next);
            return next;
        }, saved -> { }, failure -> System.err.println("Mockloop: settings not saved: " + failure.getMessage()));
    }

    /** Applies a change to the preferences and saves it. */
    public void updatePreferences(UnaryOperator<AppSettings> change) {
        AppSettings next = change.apply(preferences.get());
        if (next.equals(preferences.get())) {
            return;
        }
        preferences.set(next);
        tasks.run(() -> {
            repository.put(next.values());
            return next;
        }, saved -> { }, failure -> System.err.println("Mockloop: settings not saved: " + failure.getMessage()));
    }

    public Settings get() {
        return settings.get();
    }

    public ReadOnlyObjectProperty<Settings> property() {
        return settings.getReadOnlyProperty();
    }

    /** @return the settings screen's preferences, updated on every change */
    public ReadOnlyObjectProperty<AppSettings> preferencesProperty() {
        return preferences.getReadOnlyProperty();
    }
}
