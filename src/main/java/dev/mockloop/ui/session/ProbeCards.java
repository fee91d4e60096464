package dev.mockloop.ui.session;

import dev.mockloop.session.ScheduledProbe;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The interviewer's probes as cards over the whiteboard, one per probe that came due,
 * each dismissed with "Answered" once the user has dealt with it out loud.
 */
final class ProbeCards extends VBox {

    ProbeCards(SessionViewModel model) {
        super(8);
        setId("probe-cards");
        setAlignment(Pos.TOP_RIGHT);
        setPadding(new Insets(56, 12, 12, 12));
        setPickOnBounds(false);
        setMaxWidth(360);
        model.probeCards().addListener((ListChangeListener<ScheduledProbe>) change -> {
            getChildren().setAll(model.probeCards().stream().map(p -> card(p, model)).toList());
        });
    }

    private static VBox card(ScheduledProbe probe, SessionViewModel model) {
        Label who = new Label("The interviewer pushes:");
        who.getStyleClass().addAll("text-caption", "text-muted");
        Label text = new Label(probe.text());
        text.setWrapText(true);
        text.getStyleClass().add("probe-text");
        Button answered = new Button("Answered");
        answered.setId("probe-ack-" + probe.index());
        answered.getStyleClass().add("accent");
        answered.setOnAction(e -> model.acknowledge(probe));
        VBox card = new VBox(6, who, text, answered);
        card.getStyleClass().add("probe-card");
        card.setPadding(new Insets(10));
        card.setMaxWidth(340);
        return card;
    }
}
