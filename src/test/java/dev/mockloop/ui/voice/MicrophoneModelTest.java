package dev.mockloop.ui.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.session.ManualTicker;
import dev.mockloop.settings.SettingsRepository;
import dev.mockloop.storage.Database;
import dev.mockloop.ui.common.TaskRunner;
import dev.mockloop.voice.RecordingRepository;
import dev.mockloop.voice.VoiceService;
import dev.mockloop.voice.VoiceSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The microphone section of the settings screen: the device list, the line under the meter,
 * and the choices, saved at once. The device list is what the test says the system listed
 * ({@link ListedDevices}), never the machine's, and no test reads a level from a device: the
 * live level and a device that fails to open need a microphone and are left to the recording
 * tests (dev.mockloop.voice, on the ALSA harness).
 */
class MicrophoneModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private static final String OFF = "Recording is off: rounds are not recorded.";

    @TempDir
    Path dir;

    private Database db;
    private VoiceService voice;
    private final ListedDevices system = new ListedDevices();
    private MicrophoneModel model;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("m.db"));
        voice = voice();
        model = new MicrophoneModel(voice, system);
    }

    @AfterEach
    void close() {
        model.hide();
        voice.close();
        db.close();
    }

    private VoiceService voice() {
        return new VoiceService(dir, new RecordingRepository(db), new SettingsRepository(db), new ManualTicker(), CLOCK);
    }

    /** @return the voice settings the next start reads, once the voice's thread has written them */
    private VoiceSettings saved() {
        voice.close();
        return VoiceSettings.from(new SettingsRepository(db).values());
    }

    /** The microphone listing, answered by the test as if the system had: no sound system is asked. */
    private static final class ListedDevices implements TaskRunner {
        private Consumer<Object> onSuccess;
        private Consumer<Throwable> onFailure;

        @Override
        @SuppressWarnings("unchecked")
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            this.onSuccess = (Consumer<Object>) onSuccess;
            this.onFailure = onFailure;
        }

        void found(String... names) {
            onSuccess.accept(List.of(names));
        }

        void failed(Exception e) {
            onFailure.accept(e);
        }
    }

    @Test
    void beforeTheSectionIsShownItOffersTheSystemDefaultAndSaysNothing() {
        assertEquals(List.of(MicrophoneModel.SYSTEM_DEFAULT), model.devices());
        assertEquals(MicrophoneModel.SYSTEM_DEFAULT, model.chosenDevice());
        assertEquals(VoiceSettings.DEFAULTS, model.settingsProperty().get());
        assertEquals("", model.statusProperty().get());
        assertEquals(0, model.levelProperty().get());
        assertFalse(model.meteringProperty().get());
    }

    @Test
    void showingListsTheSystemDefaultFirstThenTheMicrophonesFound() {
        model.setEnabled(false);  // no meter: these tests open no device

        model.show();
        system.found("USB headset", "Built-in microphone");

        assertEquals(List.of(MicrophoneModel.SYSTEM_DEFAULT, "USB headset", "Built-in microphone"), model.devices());
        assertEquals(List.of("USB headset", "Built-in microphone"), model.found());
        assertEquals(OFF, model.statusProperty().get());
        assertFalse(model.meteringProperty().get());

        model.show();
        system.found("Built-in microphone");
        assertEquals(List.of(MicrophoneModel.SYSTEM_DEFAULT, "Built-in microphone"), model.devices(),
                "showing again lists afresh: an unplugged headset goes");
    }

    @Test
    void withNoMicrophoneTheSectionSaysSoAndMetersNothing() {
        assertTrue(model.settingsProperty().get().enabled(), "recording is on, as for a new user");

        model.show();
        system.found();

        assertEquals(List.of(MicrophoneModel.SYSTEM_DEFAULT), model.devices());
        assertEquals("No microphone found: rounds run without a recording. Plug one in, then reopen this page.",
                model.statusProperty().get());
        assertFalse(model.meteringProperty().get(), "no bar to watch");
    }

    @Test
    void aListingThatFailsSaysWhy() {
        model.show();
        system.failed(new IOException("the sound system is not running"));

        assertEquals("The microphones could not be listed: the sound system is not running",
                model.statusProperty().get());
        assertEquals(List.of(MicrophoneModel.SYSTEM_DEFAULT), model.devices());
        assertFalse(model.meteringProperty().get());
    }

    @Test
    void switchingRecordingOffStopsTheMeterSaysSoAndIsSaved() {
        model.setEnabled(false);

        assertFalse(model.settingsProperty().get().enabled());
        assertEquals(OFF, model.statusProperty().get());
        assertFalse(model.meteringProperty().get());
        assertEquals(0, model.levelProperty().get());
        assertFalse(saved().enabled());
        voice = voice();
        assertFalse(new MicrophoneModel(voice, system).settingsProperty().get().enabled(),
                "the box is unticked when the screen opens again");
    }

    @Test
    void switchingRecordingOnStartsTheMeterOnTheChosenDevice() {
        model.setEnabled(false);
        model.show();
        system.found("USB headset");

        // This starts the meter's thread on the system's default device (the ALSA harness under
        // Surefire, or none); the test reads nothing from it and stops it at once.
        model.setEnabled(true);

        assertTrue(model.settingsProperty().get().enabled());
        assertTrue(model.meteringProperty().get());
        assertEquals("Speak: the bar should move. A bar that stays still means this microphone hears nothing.",
                model.statusProperty().get());

        model.hide();
        assertFalse(model.meteringProperty().get(), "the section left the screen");
        assertEquals(0, model.levelProperty().get());
        assertTrue(saved().enabled());
    }

    @Test
    void aChosenDeviceIsSavedByNameAndTheSystemDefaultAsBlank() {
        model.setEnabled(false);
        model.show();
        system.found("USB headset", "Built-in microphone");

        model.setDevice("USB headset");
        assertEquals("USB headset", model.chosenDevice());
        assertEquals("USB headset", model.settingsProperty().get().device());

        model.setDevice(MicrophoneModel.SYSTEM_DEFAULT);
        assertEquals(MicrophoneModel.SYSTEM_DEFAULT, model.chosenDevice());
        assertEquals("", model.settingsProperty().get().device(), "not a device called \"System default\"");

        model.setDevice("Built-in microphone");
        model.setDevice(null);  // the list was cleared under the control
        assertEquals(MicrophoneModel.SYSTEM_DEFAULT, model.chosenDevice());
        assertEquals("", saved().device());
    }

    @Test
    void aDeviceSavedEarlierIsTheOneShownChosen() {
        voice.updateSettings(s -> s.withDevice("USB headset"));

        MicrophoneModel again = new MicrophoneModel(voice, system);

        assertEquals("USB headset", again.chosenDevice());
    }

    @Test
    void readingProbesAloudIsSavedAndKeepsAChoiceMadeOnTheBackupsScreen() {
        voice.updateSettings(s -> s.withBackupRecordings(true));  // Backups, after this section was made

        model.setTts(true);

        assertTrue(model.settingsProperty().get().tts());
        assertEquals("", model.statusProperty().get(), "the meter is not touched");
        VoiceSettings saved = saved();
        assertTrue(saved.tts());
        assertTrue(saved.backupRecordings(), "Back up recordings too stays on");
        assertTrue(saved.enabled());
    }
}
