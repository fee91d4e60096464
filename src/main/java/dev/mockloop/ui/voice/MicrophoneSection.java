package dev.mockloop.ui.voice;

import atlantafx.base.theme.Styles;
import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The settings screen's microphone section: record rounds on or off, the device, a live
 * level meter (so a silent microphone is caught before the round) and the interviewer's voice
 * on or off. The meter runs only while the section is on screen. Ids: {@code #mic-enabled},
 * {@code #mic-device}, {@code #mic-level}, {@code #mic-status}, {@code #mic-tts}.
 */
public final class MicrophoneSection extends VBox {

    public MicrophoneSection(MicrophoneModel model) {
        super(8);
        setId("microphone-section");
        Label heading = new Label("Microphone");
        heading.getStyleClass().add(Styles.TITLE_4);

        CheckBox enabled = new CheckBox("Record rounds (replayed with the sketch on the attempt page)");
        enabled.setId("mic-enabled");
        enabled.setSelected(model.settingsProperty().get().enabled());
        enabled.setOnAction(e -> model.setEnabled(enabled.isSelected()));

        ComboBox<String> device = new ComboBox<>(model.devices());
        device.setId("mic-device");
        device.setValue(model.chosenDevice());
        device.disableProperty().bind(enabled.selectedProperty().not());
        device.setOnAction(e -> {
            if (device.getValue() != null) {
                model.setDevice(device.getValue());
            }
        });
        model.devices().addListener((javafx.collections.ListChangeListener<String>) c -> device.setValue(model.chosenDevice()));

        ProgressBar level = new ProgressBar(0);
        level.setId("mic-level");
        level.setPrefWidth(220);
        level.progressProperty().bind(model.levelProperty());
        HBox row = new HBox(10, new Label("Device"), device, level);
        row.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("mic-status");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());

        CheckBox tts = new CheckBox("Read probe cards aloud (offline voice; Ctrl+M mutes it with the cues)");
        tts.setId("mic-tts");
        tts.setSelected(model.settingsProperty().get().tts());
        tts.setOnAction(e -> model.setTts(tts.isSelected()));

        getChildren().addAll(heading, enabled, row, status, tts);
        AnimationTimer meter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.tick();
            }
        };
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.show();
                meter.start();
            } else {
                meter.stop();
                model.hide();
            }
        });
    }
}
