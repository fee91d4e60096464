package dev.mockloop.ui.common;

import dev.mockloop.settings.Settings;
import dev.mockloop.settings.SettingsRepository;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The user's settings, shared by every screen; a change is saved off the UI thread at once. */
public final class SettingsModel {

    private final ReadOnlyObjectWrapper<Settings> settings;
    private final SettingsRepository repository;
    private final TaskRunner tasks;

    /** @param loaded the settings read at start */
    public SettingsModel(Settings loaded, SettingsRepository repository, TaskRunner tasks) {
        this.settings = new ReadOnlyObjectWrapper<>(loaded);
        this.repository = repository;
        this.tasks = tasks;
    }

    /** Applies a change and saves it. A failed save keeps the change for this run. */
    public void update(UnaryOperator<Settings> change) {
        Settings next = change.apply(settings.get());
        settings.set(next);
        tasks.run(() -> {
            repository.save(next);
            return next;
        }, saved -> { }, failure -> System.err.println("Mockloop: settings not saved: " + failure.getMessage()));
    }

    public Settings get() {
        return settings.get();
    }

    public ReadOnlyObjectProperty<Settings> property() {
        return settings.getReadOnlyProperty();
    }
}
