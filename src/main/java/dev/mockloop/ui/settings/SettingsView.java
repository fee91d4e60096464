package dev.mockloop.ui.settings;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The settings screen: its sections one under another, each a heading over its controls.
 * Every change takes effect and is saved at once. Built from a list of sections so each
 * feature adds its own with one line where the screen is built ({@code Screens.settings()}).
 */
public final class SettingsView extends BorderPane {

    /** Sections wider than this read badly, px. */
    private static final double MAX_WIDTH_PX = 760;

    /** @param sections in screen order */
    public SettingsView(List<SettingsSection> sections) {
        setId("settings-view");
        Label heading = new Label("Settings");
        heading.getStyleClass().add("title-2");
        Label hint = new Label("Changes take effect and are saved at once.");
        hint.getStyleClass().add("text-muted");
        VBox column = new VBox(18, new VBox(2, heading, hint));
        for (SettingsSection section : sections) {
            Label title = new Label(section.title());
            title.getStyleClass().add("title-4");
            VBox card = new VBox(10, title, section.content());
            card.getStyleClass().add("settings-section");
            column.getChildren().add(card);
        }
        column.setMaxWidth(MAX_WIDTH_PX);
        column.setPadding(new Insets(16, 24, 24, 24));
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }
}
