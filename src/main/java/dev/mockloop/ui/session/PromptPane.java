package dev.mockloop.ui.session;

import dev.mockloop.pack.Question;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The question's two prompts: the behavioral story first, the design follow-up revealed
 * once the round reaches its design phases.
 */
final class PromptPane extends VBox {

    PromptPane(Question question, ObservableBooleanValue designRevealed) {
        super(10);
        setPadding(new Insets(12));
        getStyleClass().add("prompt-pane");

        Label behavioralHead = heading("Behavioral");
        Label behavioral = body(question.behavioral().prompt());
        behavioral.setId("session-behavioral");

        Label designHead = heading("Design follow-up");
        Label design = body(question.design().prompt());
        design.setId("session-design");
        Label hidden = body("Revealed when the story phase ends. Tell the story first: "
                + "the design you are asked to draw grows out of it.");
        hidden.getStyleClass().add("text-muted");
        design.visibleProperty().bind(designRevealed);
        design.managedProperty().bind(designRevealed);
        hidden.visibleProperty().bind(design.visibleProperty().not());
        hidden.managedProperty().bind(hidden.visibleProperty());

        getChildren().addAll(behavioralHead, behavioral, designHead, design, hidden);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("prompt-heading", "text-caption");
        return label;
    }

    private static Label body(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("prompt-body");
        return label;
    }
}
