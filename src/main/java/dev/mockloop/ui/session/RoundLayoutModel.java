package dev.mockloop.ui.session;

import dev.mockloop.ui.common.TaskRunner;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The round screen's layout (which panes show, how wide and tall they are) as one
 * observable {@link RoundLayout}, shared by every round of the app's run. Read once from
 * the settings in the background; each change the user makes (a pane hidden or shown, a
 * divider let go) is written back in the background, and only when it changed.
 */
public final class RoundLayoutModel {

    private final ReadOnlyObjectWrapper<RoundLayout> layout = new ReadOnlyObjectWrapper<>(RoundLayout.DEFAULTS);
    private final Supplier<Map<String, String>> read;
    private final Consumer<Map<String, String>> write;
    private final TaskRunner tasks;
    private RoundLayout saved = RoundLayout.DEFAULTS;
    private boolean changedByUser;

    /**
     * @param read  every saved setting by key (e.g. {@code SettingsRepository::values}); run by {@code tasks}
     * @param write saves some settings in one transaction (e.g. {@code SettingsRepository::put}); run by {@code tasks}
     * @param tasks runs both off the UI thread
     */
    public RoundLayoutModel(Supplier<Map<String, String>> read, Consumer<Map<String, String>> write,
                            TaskRunner tasks) {
        this.read = read;
        this.write = write;
        this.tasks = tasks;
    }

    /** @return a layout that starts from the defaults and is never saved, for a screen on its own */
    public static RoundLayoutModel unsaved() {
        return new RoundLayoutModel(Map::of, values -> { }, new dev.mockloop.ui.common.DirectTaskRunner());
    }

    /**
     * Reads the saved layout in the background. A change the user made in the meantime wins;
     * a failed read keeps the defaults.
     */
    public void load() {
        tasks.run(read::get, values -> {
            if (!changedByUser) {
                saved = RoundLayout.from(values);
                layout.set(saved);
            }
        }, failure -> System.err.println("Mockloop: the round layout was not read: " + failure.getMessage()));
    }

    /** @return the layout now */
    public RoundLayout get() {
        return layout.get();
    }

    /** @return the layout, replaced on every change */
    public ReadOnlyObjectProperty<RoundLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    /** Hides the prompt pane if shown, shows it if hidden, and saves that. */
    public void togglePrompt() {
        change(layout.get().withPromptShown(!layout.get().promptShown()));
        save();
    }

    /** Hides the notes pane if shown, shows it if hidden, and saves that. */
    public void toggleNotes() {
        change(layout.get().withNotesShown(!layout.get().notesShown()));
        save();
    }

    /**
     * Records a divider's place while it moves; {@link #save()} writes it when the drag ends.
     *
     * @param share the left column's width over the body's width; clamped to 0.15 to 0.6
     */
    public void setLeftShare(double share) {
        change(layout.get().withLeftShare(share));
    }

    /** @param share the prompt's height over the left column's height; clamped to 0.1 to 0.9 */
    public void setPromptShare(double share) {
        change(layout.get().withPromptShare(share));
    }

    /** Writes the layout in the background if it differs from what was last read or written. */
    public void save() {
        RoundLayout now = layout.get();
        if (now.toValues().equals(saved.toValues())) {
            return;
        }
        saved = now;
        tasks.run(() -> {
            write.accept(now.toValues());
            return now;
        }, done -> { }, failure -> System.err.println("Mockloop: the round layout was not saved: "
                + failure.getMessage()));
    }

    private void change(RoundLayout next) {
        changedByUser = true;
        layout.set(next);
    }
}
