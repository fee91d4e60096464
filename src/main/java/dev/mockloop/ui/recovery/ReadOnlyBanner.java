package dev.mockloop.ui.recovery;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * The one line shown above every screen while the data is open read-only (a read-only or
 * full disk at start-up): what still works, what cannot be saved, and why.
 */
public final class ReadOnlyBanner extends HBox {

    /** @param why what stops writing, e.g. "the disk holding /home/ana/.local/share/mockloop is full (12 KiB free)" */
    public ReadOnlyBanner(String why) {
        setId("read-only-banner");
        getStyleClass().add("read-only-banner");
        setPadding(new Insets(8, 16, 8, 16));
        Label text = new Label(message(why));
        text.setId("read-only-text");
        text.setWrapText(true);
        getChildren().add(text);
    }

    /** @return the banner's sentence */
    public static String message(String why) {
        return "Your data is open read-only because " + why + ". History, attempts and exports work; new rounds,"
                + " scores, pack imports, settings and backups cannot be saved. Free some space or make the folder"
                + " writable, then restart Mockloop.";
    }
}
