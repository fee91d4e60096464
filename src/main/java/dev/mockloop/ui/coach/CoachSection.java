package dev.mockloop.ui.coach;

import atlantafx.base.theme.Styles;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The settings screen's coach section: the coach on or off, and what it does. Ids:
 * {@code #coach-enabled}, {@code #coach-status}.
 */
public final class CoachSection extends VBox {

    public CoachSection(CoachSettingsModel model) {
        super(8);
        setId("coach-section");
        CheckBox enabled = new CheckBox("Read each round with the offline coach when it ends");
        enabled.setId("coach-enabled");
        enabled.setSelected(model.enabledProperty().get());
        enabled.setOnAction(e -> model.setEnabled(enabled.isSelected()));
        model.enabledProperty().addListener((o, was, now) -> enabled.setSelected(now));

        Label how = new Label("It marks the answer-key items your notes and whiteboard cover and gives a second"
                + " opinion beside your self-score; it never changes a score. It runs on this machine and nothing"
                + " leaves it. Off, its model is never loaded.");
        how.setWrapText(true);
        how.getStyleClass().add(Styles.TEXT_MUTED);

        Label status = new Label();
        status.setId("coach-status");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.DANGER);
        status.textProperty().bind(model.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());

        getChildren().addAll(enabled, how, status);
    }
}
