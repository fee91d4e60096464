package dev.mockloop.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.storage.Database;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppSettingsTest {

    @TempDir
    Path dir;

    @Test
    void aNewUserGetsTheLightThemeAHalfHourlyBackupAndTheWelcome() {
        AppSettings fresh = AppSettings.read(Map.of());
        assertEquals(ThemeChoice.LIGHT, fresh.theme());
        assertEquals(30, fresh.backupMinutes());
        assertEquals(30 * 60_000L, fresh.backupMs());
        assertEquals("", fresh.defaultFramework());
        assertEquals(false, fresh.welcomeDismissed());
    }

    @Test
    void preferencesSurviveARestartBesideTheCoreSettings() {
        AppSettings chosen = AppSettings.DEFAULTS.withTheme(ThemeChoice.SYSTEM).withBackupMinutes(60)
                .withDefaultFramework("builtin-speed-20").withWelcomeDismissed(true);
        try (Database db = Database.open(dir.resolve("m.db"))) {
            SettingsRepository settings = new SettingsRepository(db);
            settings.save(Settings.DEFAULTS.withMuted(true));
            settings.put(chosen.values());
        }
        try (Database db = Database.open(dir.resolve("m.db"))) {
            SettingsRepository settings = new SettingsRepository(db);
            assertEquals(chosen, AppSettings.read(settings.values()));
            assertTrue(settings.load().muted());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"purple", "", "dark"})
    void anUnknownThemeReadsAsLight(String saved) {
        assertEquals(ThemeChoice.LIGHT, AppSettings.read(Map.of(AppSettings.THEME, saved)).theme());
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "-30", "abc", "", "99999999999"})
    void anIntervalNotOfferedReadsAsHalfAnHour(String saved) {
        assertEquals(30, AppSettings.read(Map.of(AppSettings.BACKUP_MINUTES, saved)).backupMinutes());
    }

    @Test
    void anIntervalNotOfferedCannotBeSet() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AppSettings.DEFAULTS.withBackupMinutes(7));
        assertTrue(e.getMessage().contains("[10, 15, 30, 60, 120]"), e.getMessage());
    }

    @Test
    void followingTheSystemIsDarkOnlyWhenTheSystemIs() {
        assertEquals(true, ThemeChoice.SYSTEM.dark(true));
        assertEquals(false, ThemeChoice.SYSTEM.dark(false));
        assertEquals(true, ThemeChoice.DARK.dark(false));
        assertEquals(false, ThemeChoice.LIGHT.dark(true));
    }
}
