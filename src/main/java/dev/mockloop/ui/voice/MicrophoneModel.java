package dev.mockloop.ui.voice;

import dev.mockloop.ui.common.TaskRunner;
import dev.mockloop.voice.LevelMonitor;
import dev.mockloop.voice.VoiceService;
import dev.mockloop.voice.VoiceSettings;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The microphone settings: record rounds or not, which device, read probes aloud or not,
 * and a live level while the section is on screen. Changes are saved at once. UI thread only.
 */
public final class MicrophoneModel {

    /** The device list's entry for the system's default, saved as a blank name. */
    public static final String SYSTEM_DEFAULT = "System default";

    private final VoiceService voice;
    private final TaskRunner tasks;
    private final LevelMonitor monitor;
    private final ObservableList<String> devices = FXCollections.observableArrayList(SYSTEM_DEFAULT);
    private final ReadOnlyObjectWrapper<VoiceSettings> settings;
    private final ReadOnlyDoubleWrapper level = new ReadOnlyDoubleWrapper(this, "level");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper metering = new ReadOnlyBooleanWrapper(this, "metering");

    public MicrophoneModel(VoiceService voice, TaskRunner tasks) {
        this.voice = voice;
        this.tasks = tasks;
        this.monitor = new LevelMonitor(voice.microphones());
        this.settings = new ReadOnlyObjectWrapper<>(this, "settings", voice.settings());
    }

    /** Lists the devices (off the UI thread) and starts the meter on the chosen one. */
    public void show() {
        tasks.run(() -> voice.microphones().names(), names -> {
            devices.setAll(SYSTEM_DEFAULT);
            devices.addAll(names);
            if (names.isEmpty()) {
                // Said instead of starting the meter, whose own line would replace it at once.
                hide();
                status.set("No microphone found: rounds run without a recording. Plug one in, then reopen this page.");
                return;
            }
            startMeter();
        }, failure -> status.set("The microphones could not be listed: " + failure.getMessage()));
    }

    /** Stops the meter (the section left the screen). */
    public void hide() {
        monitor.close();
        metering.set(false);
        level.set(0);
    }

    private void startMeter() {
        if (!settings.get().enabled()) {
            hide();
            status.set("Recording is off: rounds are not recorded.");
            return;
        }
        monitor.start(settings.get().device());
        metering.set(true);
        status.set("Speak: the bar should move. A bar that stays still means this microphone hears nothing.");
    }

    /** Once a frame while shown: the meter's level, and any problem opening the device. */
    public void tick() {
        level.set(monitor.meter());
        if (!monitor.problem().isBlank()) {
            status.set(monitor.problem());
            metering.set(false);
        }
    }

    public void setEnabled(boolean on) {
        update(now -> now.withEnabled(on));
        startMeter();
    }

    /** @param name a device's name, or {@link #SYSTEM_DEFAULT} */
    public void setDevice(String name) {
        update(now -> now.withDevice(name == null || SYSTEM_DEFAULT.equals(name) ? "" : name));
        startMeter();
    }

    public void setTts(boolean on) {
        update(now -> now.withTts(on));
    }

    /** Changes one setting of the live ones, so a choice made elsewhere (Backups) is kept. */
    private void update(java.util.function.UnaryOperator<VoiceSettings> change) {
        settings.set(voice.updateSettings(change));
    }

    /** @return the device list: {@link #SYSTEM_DEFAULT} first, then the system's microphones */
    public ObservableList<String> devices() {
        return FXCollections.unmodifiableObservableList(devices);
    }

    /** @return the device chosen, as shown in {@link #devices()} */
    public String chosenDevice() {
        String device = settings.get().device();
        return device.isBlank() ? SYSTEM_DEFAULT : device;
    }

    public ReadOnlyObjectProperty<VoiceSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** @return the live level, 0 (at -60 dBFS or below) to 1 (full scale) */
    public ReadOnlyDoubleProperty levelProperty() {
        return level.getReadOnlyProperty();
    }

    /** @return a line on what the meter shows, or why it cannot */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty meteringProperty() {
        return metering.getReadOnlyProperty();
    }

    /** @return the devices found last, without the default entry */
    List<String> found() {
        return devices.subList(1, devices.size());
    }
}
