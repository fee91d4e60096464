package dev.mockloop.ui.settings;

import dev.mockloop.session.ExtendMode;
import dev.mockloop.settings.AppSettings;
import dev.mockloop.settings.ThemeChoice;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The settings screen's own sections: appearance, the round, sounds, and your data.
 * Each control shows the model's value and hands a change straight back to it.
 */
public final class CoreSections {

    private CoreSections() {
    }

    /**
     * @param model       the screen's state
     * @param backupsLink opens the Backups screen
     * @return appearance, round, sounds and data, in that order
     */
    public static List<SettingsSection> of(SettingsViewModel model, Runnable backupsLink) {
        return List.of(appearance(model), round(model), sounds(model), data(model, backupsLink));
    }

    static SettingsSection appearance(SettingsViewModel model) {
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(6);
        for (ThemeChoice choice : ThemeChoice.values()) {
            RadioButton button = new RadioButton(choice.label());
            button.setId("settings-theme-" + choice.name().toLowerCase(java.util.Locale.ROOT));
            button.setUserData(choice);
            button.setToggleGroup(group);
            choices.getChildren().add(button);
        }
        select(group, model.themeProperty());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.setTheme((ThemeChoice) now.getUserData());
            }
        });
        Label how = hint("Follow the system reads the desktop's light or dark preference (GNOME, KDE and other "
                + "freedesktop desktops, macOS, Windows) when chosen and whenever the window comes back to the "
                + "front; where none can be read, Mockloop is light. The whiteboard turns dark with the window; "
                + "exported PNG and SVG sketches keep their white background.");
        return SettingsSection.of("Appearance", new VBox(8, choices, how));
    }

    static SettingsSection round(SettingsViewModel model) {
        ComboBox<SettingsViewModel.FrameworkChoice> framework = new ComboBox<>(model.frameworkChoices());
        framework.setId("settings-default-framework");
        framework.setAccessibleText("Default framework for a new round");
        framework.getSelectionModel().select(model.defaultFrameworkProperty().get());
        model.defaultFrameworkProperty().addListener((obs, old, now) -> framework.getSelectionModel().select(now));
        framework.setOnAction(e -> model.setDefaultFramework(framework.getValue()));
        Label frameworkLabel = new Label("Start rounds on");
        frameworkLabel.setLabelFor(framework);
        HBox frameworkRow = new HBox(10, frameworkLabel, framework);
        frameworkRow.setAlignment(Pos.CENTER_LEFT);

        ToggleGroup extend = new ToggleGroup();
        RadioButton fromLater = new RadioButton("Take the minutes from later phases (the round stays as long)");
        fromLater.setId("settings-extend-from-later");
        fromLater.setUserData(ExtendMode.TAKE_FROM_LATER_PHASES);
        RadioButton addToRound = new RadioButton("Add the minutes to the round (it ends later)");
        addToRound.setId("settings-extend-add");
        addToRound.setUserData(ExtendMode.ADD_TO_ROUND);
        fromLater.setToggleGroup(extend);
        addToRound.setToggleGroup(extend);
        select(extend, model.extendModeProperty());
        extend.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.setExtendMode((ExtendMode) now.getUserData());
            }
        });
        Label extendLabel = new Label("When a phase gets more time (Ctrl+1, Ctrl+5 in a round):");
        return SettingsSection.of("Round", new VBox(8, frameworkRow,
                hint("Home offers this framework for every question; you can still pick another next to Start round."),
                extendLabel, fromLater, addToRound));
    }

    static SettingsSection sounds(SettingsViewModel model) {
        CheckBox play = new CheckBox("Play cue sounds at the last minute of a phase and at every phase boundary");
        play.setId("settings-sounds");
        play.setSelected(!model.mutedProperty().getValue());
        model.mutedProperty().addListener((obs, old, now) -> play.setSelected(!now));
        play.setOnAction(e -> model.setMuted(!play.isSelected()));
        Button test = new Button("Play a cue");
        test.setId("settings-play-cue");
        test.setTooltip(new Tooltip("Plays the phase-boundary sound once"));
        test.setOnAction(e -> model.playCue());
        return SettingsSection.of("Sounds", new VBox(8, play, test,
                hint("Ctrl+M mutes and unmutes during a round. The banners show either way.")));
    }

    static SettingsSection data(SettingsViewModel model, Runnable backupsLink) {
        TextField folder = new TextField(model.dataFolder().toString());
        folder.setId("settings-data-folder");
        folder.setEditable(false);
        folder.setAccessibleText("Data folder");
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button open = new Button("Open");
        open.setId("settings-open-data-folder");
        open.setTooltip(new Tooltip("Show the folder in your file manager"));
        open.setOnAction(e -> model.openDataFolder());
        HBox folderRow = new HBox(8, folder, open);
        folderRow.setAlignment(Pos.CENTER_LEFT);

        ComboBox<Integer> interval = new ComboBox<>(FXCollections.observableArrayList(AppSettings.BACKUP_CHOICES));
        interval.setId("settings-backup-interval");
        interval.setAccessibleText("Minutes between backups");
        interval.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer minutes) {
                return minutes == null ? "" : minutes < 60 ? minutes + " minutes" : minutes / 60 + (minutes == 60 ? " hour" : " hours");
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        interval.setValue(model.backupMinutesProperty().getValue());
        model.backupMinutesProperty().addListener((obs, old, now) -> interval.setValue(now));
        interval.setOnAction(e -> {
            if (interval.getValue() != null) {
                model.setBackupMinutes(interval.getValue());
            }
        });
        Label intervalLabel = new Label("Back up the database every");
        intervalLabel.setLabelFor(interval);
        Button backups = new Button("Backups…");
        backups.setId("settings-backups");
        backups.getStyleClass().add("flat");
        backups.setOnAction(e -> backupsLink.run());
        HBox intervalRow = new HBox(10, intervalLabel, interval, backups);
        intervalRow.setAlignment(Pos.CENTER_LEFT);
        return SettingsSection.of("Your data", new VBox(8, hint("Your attempts, frameworks and settings are in one "
                + "database here, beside its backups and your imported packs. Set MOCKLOOP_HOME to use another folder."),
                folderRow, intervalRow, hint("Mockloop also backs up when it starts (if anything changed), before "
                        + "upgrades, pack updates and restores.")));
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        return hint;
    }

    private static void select(ToggleGroup group, ObservableValue<?> value) {
        Runnable show = () -> {
            for (Toggle toggle : group.getToggles()) {
                if (toggle.getUserData().equals(value.getValue())) {
                    group.selectToggle(toggle);
                }
            }
        };
        show.run();
        value.addListener((obs, old, now) -> show.run());
    }
}
