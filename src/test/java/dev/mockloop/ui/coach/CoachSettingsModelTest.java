package dev.mockloop.ui.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.coach.CoachService;
import dev.mockloop.coach.CoachSettings;
import dev.mockloop.coach.FakeEncoder;
import dev.mockloop.settings.SettingsRepository;
import dev.mockloop.storage.Database;
import dev.mockloop.ui.common.DirectTaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coach's switch without a window: it applies at once, is saved, and says when it could not be. */
class CoachSettingsModelTest {

    @TempDir
    Path dir;

    private static CoachService coach(boolean on) {
        return new CoachService(FakeEncoder::new, null, new CoachSettings(on), Runnable::run);
    }

    @Test
    void switchingTheCoachOffAppliesAtOnceAndIsSavedAsItsSetting() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            SettingsRepository settings = new SettingsRepository(db);
            CoachService coach = coach(true);
            CoachSettingsModel model = new CoachSettingsModel(coach, settings::put, new DirectTaskRunner());
            assertTrue(model.enabledProperty().get());

            model.setEnabled(false);
            assertFalse(coach.enabled());
            assertFalse(model.enabledProperty().get());
            assertEquals("false", settings.values().get(CoachSettings.ENABLED));
            assertFalse(CoachSettings.from(settings.values()).enabled());

            model.setEnabled(true);
            assertTrue(coach.enabled());
            assertTrue(CoachSettings.from(settings.values()).enabled());
            assertEquals("", model.statusProperty().get());
        }
    }

    @Test
    void aSaveThatFailsSaysSoAndTheCoachStaysAsChosenForThisRun() {
        CoachService coach = coach(true);
        CoachSettingsModel model = new CoachSettingsModel(coach, values -> {
            throw new IllegalStateException("the disk is full");
        }, new DirectTaskRunner());
        model.setEnabled(false);
        assertFalse(coach.enabled());
        assertEquals("Not saved: the disk is full. The coach stays off until Mockloop closes.",
                model.statusProperty().get());
    }

    @Test
    void choosingWhatIsAlreadySetSavesNothing() {
        List<Map<String, String>> saves = new ArrayList<>();
        CoachSettingsModel model = new CoachSettingsModel(coach(false), saves::add, new DirectTaskRunner());
        assertFalse(model.enabledProperty().get(), "starts as the coach is");
        model.setEnabled(false);
        assertTrue(saves.isEmpty());
        model.setEnabled(true);
        assertEquals(List.of(Map.of(CoachSettings.ENABLED, "true")), saves);
    }
}
