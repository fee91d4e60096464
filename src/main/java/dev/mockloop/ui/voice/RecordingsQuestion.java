package dev.mockloop.ui.voice;

import dev.mockloop.voice.RecordingZip;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks, before an export, whether it includes the recordings: "Include the recordings
 * (12.4 MB, 3 rounds)", off unless ticked. Injected so tests answer without a dialog.
 */
@FunctionalInterface
public interface RecordingsQuestion {

    /**
     * @param title what is exported, e.g. "Export all attempts as CSV"
     * @param offer the recordings the export could include (not empty)
     * @return true to include them, false to export without, empty if the user cancelled
     */
    Optional<Boolean> ask(Window owner, String title, RecordingZip.Contents offer);

    /** @return the answer: without asking (false) when there is no recording to include */
    default Optional<Boolean> decide(Window owner, String title, RecordingZip.Contents offer) {
        return offer.isEmpty() ? Optional.of(false) : ask(owner, title, offer);
    }

    /** @return the label of the choice, e.g. "Include the recordings (12.4 MB, 3 rounds)" */
    static String choiceText(RecordingZip.Contents offer) {
        return "Include the recordings (" + RecordingsText.sizeAndRounds(offer.bytes(), offer.rounds()) + ")";
    }

    /** @return the question as a dialog: a check box, off, then Continue or Cancel */
    static RecordingsQuestion dialog() {
        return (owner, title, offer) -> {
            CheckBox include = new CheckBox(choiceText(offer));
            include.setId("export-recordings");
            Label where = new Label("They go beside the export, as <export name>-recordings.zip: one folder per "
                    + "round, with its Ogg Opus files, which any audio player opens.");
            where.setWrapText(true);
            where.getStyleClass().add("text-muted");
            VBox content = new VBox(10, include, where);
            content.setPrefWidth(440);
            ButtonType next = new ButtonType("Continue…", ButtonBar.ButtonData.OK_DONE);
            Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CANCEL, next);
            alert.setTitle(title);
            alert.setHeaderText(title);
            alert.getDialogPane().setContent(content);
            alert.getDialogPane().setId("export-recordings-dialog");
            if (owner != null) {
                alert.initOwner(owner);
            }
            return alert.showAndWait().filter(next::equals).map(b -> include.isSelected());
        };
    }
}
