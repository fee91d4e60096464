package dev.mockloop.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.framework.BuiltInFrameworks;
import dev.mockloop.pack.Framework;
import dev.mockloop.session.ExtendMode;
import dev.mockloop.settings.AppSettings;
import dev.mockloop.settings.Settings;
import dev.mockloop.settings.SettingsRepository;
import dev.mockloop.settings.ThemeChoice;
import dev.mockloop.storage.Database;
import dev.mockloop.ui.common.DirectTaskRunner;
import dev.mockloop.ui.common.SettingsModel;
import dev.mockloop.ui.settings.SettingsViewModel.FrameworkChoice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings screen's own sections: each choice shows at once in the settings every screen
 * shares and is read back from the database, and the default-framework list follows the
 * user's frameworks.
 */
class SettingsViewModelTest {

    private static final Framework MINE = new Framework("mine-staff-loop", "Staff loop", null,
            BuiltInFrameworks.SPEED_ROUND.phases());

    @TempDir
    Path dir;

    private Database db;
    private SettingsRepository repository;
    private SettingsModel settings;
    private final ObservableList<Framework> own = FXCollections.observableArrayList();
    private final List<Path> opened = new ArrayList<>();
    private int cues;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("m.db"));
        repository = new SettingsRepository(db);
        settings = startedSettings();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** @return the shared settings as the app makes them at start: read from the database */
    private SettingsModel startedSettings() {
        return new SettingsModel(repository.load(), AppSettings.read(repository.values()), repository,
                new DirectTaskRunner());
    }

    private SettingsViewModel model() {
        return new SettingsViewModel(settings, own, dir, opened::add, () -> cues++);
    }

    /** @return the preferences as the next start reads them */
    private AppSettings savedPreferences() {
        return AppSettings.read(new SettingsRepository(db).values());
    }

    private static List<String> titles(List<FrameworkChoice> choices) {
        return choices.stream().map(FrameworkChoice::title).toList();
    }

    @Test
    void aNewUserSeesTheDefaults() {
        SettingsViewModel model = model();

        assertEquals(ThemeChoice.LIGHT, model.themeProperty().getValue());
        assertEquals(30, model.backupMinutesProperty().getValue());
        assertEquals(ExtendMode.TAKE_FROM_LATER_PHASES, model.extendModeProperty().getValue());
        assertFalse(model.mutedProperty().getValue());
        assertEquals(SettingsViewModel.QUESTIONS_OWN, model.defaultFrameworkProperty().get());
    }

    @Test
    void choosingAThemeShowsInTheWindowAndIsSaved() {
        SettingsViewModel model = model();

        model.setTheme(ThemeChoice.DARK);

        assertEquals(ThemeChoice.DARK, model.themeProperty().getValue());
        assertEquals(ThemeChoice.DARK, settings.preferencesProperty().get().theme(), "the window's theme follows");
        assertEquals(ThemeChoice.DARK, savedPreferences().theme());
    }

    @Test
    void choosingTheBackupIntervalIsSaved() {
        SettingsViewModel model = model();

        model.setBackupMinutes(60);

        assertEquals(60, model.backupMinutesProperty().getValue());
        assertEquals(60, settings.preferencesProperty().get().backupMinutes());
        assertEquals(60, savedPreferences().backupMinutes());
    }

    @Test
    void mutingAndTheExtendModeChangeTheTimersSettingsAndAreSaved() {
        SettingsViewModel model = model();

        model.setMuted(true);
        model.setExtendMode(ExtendMode.ADD_TO_ROUND);

        assertTrue(model.mutedProperty().getValue());
        assertEquals(ExtendMode.ADD_TO_ROUND, model.extendModeProperty().getValue());
        assertEquals(new Settings(ExtendMode.ADD_TO_ROUND, true), settings.get(), "the round screen reads these");
        assertEquals(new Settings(ExtendMode.ADD_TO_ROUND, true), repository.load());
    }

    @Test
    void aChangeMadeElsewhereShowsOnTheOpenScreen() {
        SettingsViewModel model = model();
        assertFalse(model.mutedProperty().getValue());
        assertEquals(ThemeChoice.LIGHT, model.themeProperty().getValue());
        assertEquals(30, model.backupMinutesProperty().getValue());

        settings.update(s -> s.withMuted(true));  // Ctrl+M in a round
        assertTrue(model.mutedProperty().getValue());

        settings.updatePreferences(p -> p.withTheme(ThemeChoice.SYSTEM).withBackupMinutes(15));
        assertEquals(ThemeChoice.SYSTEM, model.themeProperty().getValue());
        assertEquals(15, model.backupMinutesProperty().getValue());
    }

    @Test
    void theScreenOpensOnWhatWasSavedLastTime() {
        SettingsViewModel first = model();
        first.setTheme(ThemeChoice.DARK);
        first.setBackupMinutes(120);
        first.setMuted(true);
        first.setDefaultFramework(new FrameworkChoice(BuiltInFrameworks.SPEED_ROUND.id(), "whatever the list says"));

        settings = startedSettings();  // the next start
        SettingsViewModel again = model();

        assertEquals(ThemeChoice.DARK, again.themeProperty().getValue());
        assertEquals(120, again.backupMinutesProperty().getValue());
        assertTrue(again.mutedProperty().getValue());
        assertEquals(BuiltInFrameworks.SPEED_ROUND.title(), again.defaultFrameworkProperty().get().title());
    }

    @Test
    void theFrameworkListOffersEachQuestionsOwnThenTheBuiltInOnesThenTheUsersMarkedAsTheirs() {
        own.add(MINE);

        SettingsViewModel model = model();

        List<String> expected = new ArrayList<>();
        expected.add("Each question's own framework");
        BuiltInFrameworks.ALL.forEach(f -> expected.add(f.title()));
        expected.add("Staff loop (yours)");
        assertEquals(expected, titles(model.frameworkChoices()));
        assertEquals(MINE.id(), model.frameworkChoices().get(expected.size() - 1).id());
        assertEquals("", model.frameworkChoices().get(0).id());
        assertThrows(UnsupportedOperationException.class, () -> model.frameworkChoices().clear(),
                "the screen cannot change the list");
    }

    @Test
    void theListFollowsFrameworksAddedAndDeletedOnTheFrameworksScreen() {
        SettingsViewModel model = model();
        int before = model.frameworkChoices().size();

        own.add(MINE);
        assertEquals(before + 1, model.frameworkChoices().size());
        assertEquals("Staff loop (yours)", model.frameworkChoices().get(before).title());

        own.set(0, new Framework(MINE.id(), "Staff loop, longer", null, MINE.phases()));
        assertEquals("Staff loop, longer (yours)", model.frameworkChoices().get(before).title(), "a rename shows");

        own.clear();
        assertEquals(before, model.frameworkChoices().size());
    }

    @Test
    void choosingADefaultFrameworkIsSavedAndShown() {
        own.add(MINE);
        SettingsViewModel model = model();
        FrameworkChoice speed = model.frameworkChoices().get(2);
        FrameworkChoice mine = model.frameworkChoices().get(3);

        model.setDefaultFramework(speed);
        assertEquals(speed, model.defaultFrameworkProperty().get());
        assertEquals(BuiltInFrameworks.SPEED_ROUND.id(), savedPreferences().defaultFramework());

        model.setDefaultFramework(mine);
        assertEquals(mine, model.defaultFrameworkProperty().get());
        assertEquals(MINE.id(), savedPreferences().defaultFramework());

        model.setDefaultFramework(SettingsViewModel.QUESTIONS_OWN);
        assertEquals(SettingsViewModel.QUESTIONS_OWN, model.defaultFrameworkProperty().get());
        assertEquals("", savedPreferences().defaultFramework());

        model.setDefaultFramework(mine);
        model.setDefaultFramework(null);  // a list cleared by its control
        assertEquals("", savedPreferences().defaultFramework());
    }

    @Test
    void anUnknownSavedDefaultShowsAsEachQuestionsOwn() {
        repository.put(Map.of(AppSettings.DEFAULT_FRAMEWORK, "deleted-or-from-a-newer-version"));
        settings = startedSettings();

        SettingsViewModel model = model();

        assertEquals(SettingsViewModel.QUESTIONS_OWN, model.defaultFrameworkProperty().get());
    }

    @Test
    void aDefaultOnTheUsersFrameworkShowsOnceTheirFrameworksArriveAndGoesWhenItIsDeleted() {
        repository.put(Map.of(AppSettings.DEFAULT_FRAMEWORK, MINE.id()));
        settings = startedSettings();
        SettingsViewModel model = model();
        assertEquals(SettingsViewModel.QUESTIONS_OWN, model.defaultFrameworkProperty().get(), "not loaded yet");

        own.add(MINE);
        assertEquals(new FrameworkChoice(MINE.id(), "Staff loop (yours)"), model.defaultFrameworkProperty().get());

        own.clear();
        assertEquals(SettingsViewModel.QUESTIONS_OWN, model.defaultFrameworkProperty().get());
    }

    @Test
    void theSoundCheckPlaysEvenWhenMuted() {
        SettingsViewModel model = model();
        model.setMuted(true);

        model.playCue();

        assertEquals(1, cues);
        assertTrue(settings.get().muted(), "the check does not unmute");
    }

    @Test
    void theDataFolderIsShownAndOpensInTheFileManager() {
        SettingsViewModel model = model();

        assertEquals(dir, model.dataFolder());
        model.openDataFolder();

        assertEquals(List.of(dir), opened);
    }
}
