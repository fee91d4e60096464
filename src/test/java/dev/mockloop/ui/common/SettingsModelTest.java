package dev.mockloop.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.session.ExtendMode;
import dev.mockloop.settings.Settings;
import dev.mockloop.settings.SettingsRepository;
import dev.mockloop.storage.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings every screen shares: a change shows at once and is there after a restart. */
class SettingsModelTest {

    @TempDir
    Path dir;

    @Test
    void aChangeIsSeenAtOnceAndSavedForTheNextStart() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            SettingsRepository repository = new SettingsRepository(db);
            SettingsModel model = new SettingsModel(repository.load(), repository, new DirectTaskRunner());
            List<Settings> seen = new ArrayList<>();
            model.property().addListener((o, was, now) -> seen.add(now));

            model.update(s -> s.withMuted(true).withExtendMode(ExtendMode.ADD_TO_ROUND));

            assertTrue(model.get().muted());
            assertEquals(List.of(model.get()), seen, "screens bound to it hear the change");
            assertEquals(new Settings(ExtendMode.ADD_TO_ROUND, true), repository.load());
        }
    }

    @Test
    void aChangeThatCannotBeSavedStillHoldsForThisRun() {
        Database db = Database.open(dir.resolve("m.db"));
        SettingsRepository repository = new SettingsRepository(db);
        SettingsModel model = new SettingsModel(Settings.DEFAULTS, repository, new DirectTaskRunner());
        db.close();

        model.update(s -> s.withMuted(true));

        assertTrue(model.get().muted());
    }
}
