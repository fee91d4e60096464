package dev.mockloop.ui.settings;

import dev.mockloop.framework.BuiltInFrameworks;
import dev.mockloop.pack.Framework;
import dev.mockloop.session.ExtendMode;
import dev.mockloop.settings.AppSettings;
import dev.mockloop.settings.Settings;
import dev.mockloop.settings.ThemeChoice;
import dev.mockloop.ui.common.SettingsModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * State of the settings screen's own sections (appearance, round, sounds, data): every
 * value read from and written to the shared {@link SettingsModel}, which saves each change
 * off the UI thread at once, so there is no Save button and nothing to lose.
 */
public final class SettingsViewModel {

    /**
     * One entry of the default-framework list.
     *
     * @param id    the framework's id, or "" for each question's own
     * @param title what the list shows
     */
    public record FrameworkChoice(String id, String title) {
        @Override
        public String toString() {
            return title;
        }
    }

    /** The entry that keeps each question's own framework. */
    public static final FrameworkChoice QUESTIONS_OWN = new FrameworkChoice("", "Each question's own framework");

    private final SettingsModel settings;
    private final Path dataFolder;
    private final Consumer<Path> openFolder;
    private final Runnable playCue;
    private final ObservableList<FrameworkChoice> frameworks = FXCollections.observableArrayList();
    private final ObservableList<FrameworkChoice> frameworksView = FXCollections.unmodifiableObservableList(frameworks);
    private final ReadOnlyObjectWrapper<FrameworkChoice> defaultFramework = new ReadOnlyObjectWrapper<>();
    private final ObjectBinding<ThemeChoice> theme;
    private final ObjectBinding<ExtendMode> extendMode;
    private final ObjectBinding<Boolean> muted;
    private final ObjectBinding<Integer> backupMinutes;

    /**
     * @param settings      the shared settings
     * @param ownFrameworks the user's frameworks, kept current by the frameworks screen
     * @param dataFolder    the data folder in use
     * @param openFolder    shows a folder in the platform's file manager
     * @param playCue       plays the phase-boundary cue once, as a sound check
     */
    public SettingsViewModel(SettingsModel settings, ObservableList<Framework> ownFrameworks, Path dataFolder,
                             Consumer<Path> openFolder, Runnable playCue) {
        this.settings = settings;
        this.dataFolder = dataFolder;
        this.openFolder = openFolder;
        this.playCue = playCue;
        ObservableValue<AppSettings> prefs = settings.preferencesProperty();
        ObservableValue<Settings> core = settings.property();
        theme = Bindings.createObjectBinding(() -> prefs.getValue().theme(), prefs);
        backupMinutes = Bindings.createObjectBinding(() -> prefs.getValue().backupMinutes(), prefs);
        extendMode = Bindings.createObjectBinding(() -> core.getValue().extendMode(), core);
        muted = Bindings.createObjectBinding(() -> core.getValue().muted(), core);
        offerFrameworks(ownFrameworks);
        ownFrameworks.addListener((ListChangeListener<Framework>) c -> offerFrameworks(ownFrameworks));
        prefs.addListener((obs, old, now) -> showDefaultFramework());
    }

    private void offerFrameworks(List<Framework> own) {
        List<FrameworkChoice> choices = new ArrayList<>();
        choices.add(QUESTIONS_OWN);
        BuiltInFrameworks.ALL.forEach(f -> choices.add(new FrameworkChoice(f.id(), f.title())));
        own.forEach(f -> choices.add(new FrameworkChoice(f.id(), f.title() + " (yours)")));
        frameworks.setAll(choices);
        showDefaultFramework();
    }

    private void showDefaultFramework() {
        String id = settings.preferencesProperty().get().defaultFramework();
        defaultFramework.set(frameworks.stream().filter(f -> f.id().equals(id)).findFirst().orElse(QUESTIONS_OWN));
    }

    public ObservableValue<ThemeChoice> themeProperty() {
        return theme;
    }

    public void setTheme(ThemeChoice choice) {
        settings.updatePreferences(p -> p.withTheme(choice));
    }

    /** @return where the minutes of an extension come from */
    public ObservableValue<ExtendMode> extendModeProperty() {
        return extendMode;
    }

    public void setExtendMode(ExtendMode mode) {
        settings.update(s -> s.withExtendMode(mode));
    }

    /** @return whether the timer's cue sounds are off (Ctrl+M in a round) */
    public ObservableValue<Boolean> mutedProperty() {
        return muted;
    }

    public void setMuted(boolean mute) {
        settings.update(s -> s.withMuted(mute));
    }

    /** Plays a cue so the user can check the sound; plays even when muted, since it was asked for. */
    public void playCue() {
        playCue.run();
    }

    /** @return each question's own framework, the built-in ones and the user's, in list order */
    public ObservableList<FrameworkChoice> frameworkChoices() {
        return frameworksView;
    }

    /** @return the framework new rounds are offered on */
    public ReadOnlyObjectProperty<FrameworkChoice> defaultFrameworkProperty() {
        return defaultFramework.getReadOnlyProperty();
    }

    public void setDefaultFramework(FrameworkChoice choice) {
        settings.updatePreferences(p -> p.withDefaultFramework(choice == null ? "" : choice.id()));
    }

    /** @return minutes between periodic backups */
    public ObservableValue<Integer> backupMinutesProperty() {
        return backupMinutes;
    }

    public void setBackupMinutes(int minutes) {
        settings.updatePreferences(p -> p.withBackupMinutes(minutes));
    }

    /** @return the data folder: the database, its backups and the imported packs */
    public Path dataFolder() {
        return dataFolder;
    }

    /** Shows the data folder in the file manager. */
    public void openDataFolder() {
        openFolder.accept(dataFolder);
    }
}
