package dev.mockloop.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mockloop.session.ExtendMode;
import dev.mockloop.storage.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void newUserGetsDefaultsAndSavedSettingsSurviveARestart() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            SettingsRepository settings = new SettingsRepository(db);
            assertEquals(Settings.DEFAULTS, settings.load());
            settings.save(new Settings(ExtendMode.ADD_TO_ROUND, true));
        }
        try (Database db = Database.open(dir.resolve("m.db"))) {
            assertEquals(new Settings(ExtendMode.ADD_TO_ROUND, true), new SettingsRepository(db).load());
        }
    }

    @Test
    void aFeaturesOwnKeysSurviveARestartBesideTheCoreSettings() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            SettingsRepository settings = new SettingsRepository(db);
            settings.save(new Settings(ExtendMode.ADD_TO_ROUND, false));
            settings.put(java.util.Map.of("voice.enabled", "false", "voice.device", "USB mic"));
        }
        try (Database db = Database.open(dir.resolve("m.db"))) {
            SettingsRepository settings = new SettingsRepository(db);
            assertEquals("USB mic", settings.values().get("voice.device"));
            assertEquals("false", settings.values().get("voice.enabled"));
            assertEquals(ExtendMode.ADD_TO_ROUND, settings.load().extendMode());
        }
    }
}
