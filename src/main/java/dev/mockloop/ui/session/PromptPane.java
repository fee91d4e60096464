package dev.mockloop.ui.session;

import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.Question;
import java.nio.file.Path;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/**
 * What the current phase is for, then the question's two prompts: the behavioral story
 * first, the design follow-up revealed once the round reaches its design phases.
 */
final class PromptPane extends VBox {

    /** Widest a question's picture is shown, in px. */
    private static final double PICTURE_WIDTH_PX = 420;

    /**
     * @param phaseTitle the current phase's title, or "Round over"
     * @param phaseGuide what the current phase is for, in a sentence
     */
    PromptPane(LibraryQuestion entry, ObservableBooleanValue designRevealed, ObservableStringValue phaseTitle,
               ObservableStringValue phaseGuide) {
        this(entry.question(), designRevealed, picture(entry));
        Label now = heading("Now");
        Label title = new Label();
        title.setId("session-phase-title");
        title.getStyleClass().add("prompt-now-title");
        title.setWrapText(true);
        title.textProperty().bind(phaseTitle);
        Label guide = body("");
        guide.setId("session-guide");
        guide.textProperty().bind(phaseGuide);
        guide.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(phaseGuide));
        guide.managedProperty().bind(guide.visibleProperty());
        VBox box = new VBox(4, now, title, guide);
        box.getStyleClass().add("prompt-now");
        getChildren().add(0, box);
    }

    PromptPane(Question question, ObservableBooleanValue designRevealed, ImageView picture) {
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
        if (picture != null) {
            // As wide as the pane allows, never wider than the picture was loaded.
            picture.fitWidthProperty().bind(javafx.beans.binding.Bindings.min(
                    widthProperty().subtract(getPadding().getLeft() + getPadding().getRight()), PICTURE_WIDTH_PX));
            picture.visibleProperty().bind(designRevealed);
            picture.managedProperty().bind(designRevealed);
            getChildren().add(getChildren().indexOf(hidden), picture);
        }
    }

    /**
     * @return the design prompt's picture from the pack's assets folder, loaded in the
     *         background, or null when the question has none or its pack has no folder
     */
    private static ImageView picture(LibraryQuestion entry) {
        String image = entry.question().design().image();
        Path file = entry.pack().file();
        if (image == null || file == null) {
            return null;
        }
        Path folder = file.getParent();
        Path picture = folder.resolve(image).normalize();
        if (!picture.startsWith(folder)) {
            return null;
        }
        ImageView view = new ImageView(new Image(picture.toUri().toString(), PICTURE_WIDTH_PX, 0, true, true, true));
        view.setId("session-design-picture");
        view.setPreserveRatio(true);
        return view;
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
