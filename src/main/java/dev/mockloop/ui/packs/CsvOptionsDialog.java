package dev.mockloop.ui.packs;

import dev.mockloop.pack.io.CsvOptions;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * Asks what a CSV of questions does not say: the new pack's title, id, version and
 * author, with defaults from the file name. The values are checked with the pack when it
 * is made, and problems are reported at their place.
 */
final class CsvOptionsDialog extends Dialog<CsvOptions> {

    static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);

    CsvOptionsDialog(String fileName, CsvOptions defaults) {
        setTitle("Import questions from CSV");
        setHeaderText("Make a pack from " + fileName);
        getDialogPane().setId("csv-options");
        TextField title = field("csv-title", defaults.title());
        TextField id = field("csv-id", defaults.packId());
        TextField version = field("csv-version", defaults.version());
        TextField author = field("csv-author", defaults.author());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new javafx.geometry.Insets(12, 16, 4, 16));
        grid.addRow(0, new Label("Title"), title);
        grid.addRow(1, new Label("Pack id"), id);
        grid.addRow(2, new Label("Version"), version);
        grid.addRow(3, new Label("Author"), author);
        Label hint = new Label("Re-import the same CSV with a higher version to update the pack.");
        hint.getStyleClass().add("text-muted");
        grid.add(hint, 0, 4, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, IMPORT);
        getDialogPane().lookupButton(IMPORT).disableProperty().bind(title.textProperty().isEmpty()
                .or(id.textProperty().isEmpty()).or(version.textProperty().isEmpty()).or(author.textProperty().isEmpty()));
        setResultConverter(button -> button == IMPORT
                ? new CsvOptions(id.getText().strip(), title.getText().strip(), version.getText().strip(),
                        author.getText().strip(), defaults.license())
                : null);
    }

    private static TextField field(String id, String value) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setPrefColumnCount(28);
        return field;
    }
}
