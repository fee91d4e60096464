package dev.mockloop.ui.coach;

import dev.mockloop.coach.CoachService;
import dev.mockloop.coach.CoachSettings;
import dev.mockloop.ui.common.TaskRunner;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The settings screen's coach section: whether the offline coach reads each round when it
 * ends. A change applies at once, to the next round that finishes (rounds already read keep
 * their results), and is saved off the UI thread as {@code coach.enabled}.
 */
public final class CoachSettingsModel {

    private final CoachService coach;
    private final Consumer<Map<String, String>> store;
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper enabled;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /**
     * @param coach the coach service, whose switch this is
     * @param store saves setting values (the settings table's {@code put}); called off the UI thread
     * @param tasks runs the save
     */
    public CoachSettingsModel(CoachService coach, Consumer<Map<String, String>> store, TaskRunner tasks) {
        this.coach = coach;
        this.store = store;
        this.tasks = tasks;
        this.enabled = new ReadOnlyBooleanWrapper(coach.enabled());
    }

    /** Switches the coach on or off from the next round that finishes, and saves the choice. */
    public void setEnabled(boolean on) {
        if (on == enabled.get()) {
            return;
        }
        CoachSettings next = new CoachSettings(on);
        coach.setSettings(next);
        enabled.set(on);
        status.set("");
        tasks.run(() -> {
            store.accept(next.toValues());
            return null;
        }, done -> { }, failure -> status.set("Not saved: " + failure.getMessage() + ". The coach stays "
                + (on ? "on" : "off") + " until Mockloop closes."));
    }

    /** @return whether the coach reads rounds */
    public ReadOnlyBooleanProperty enabledProperty() {
        return enabled.getReadOnlyProperty();
    }

    /** @return why the last change was not saved, or "" */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
