package dev.mockloop.ui.packmanager;

import atlantafx.base.theme.Styles;
import dev.mockloop.pack.Pack;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The selected pack's details: description, id, origin and its questions. All plain text. */
final class PackDetail extends VBox {

    private final Label title = new Label("Select a pack");
    private final Label meta = new Label();
    private final Label description = new Label();
    private final Label origin = new Label();
    private final ListView<String> questions = new ListView<>();

    PackDetail(PackManagerViewModel model) {
        super(8);
        setId("pack-detail");
        setPadding(new Insets(0, 0, 0, 12));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        meta.getStyleClass().add(Styles.TEXT_MUTED);
        meta.setWrapText(true);
        description.setWrapText(true);
        description.setId("pack-description");
        origin.getStyleClass().add(Styles.TEXT_MUTED);
        origin.setWrapText(true);
        questions.setId("pack-questions");
        questions.setPlaceholder(new Label(""));
        VBox.setVgrow(questions, Priority.ALWAYS);
        getChildren().addAll(title, meta, description, origin, new Label("Questions"), questions);
        model.selectedProperty().addListener((obs, old, row) -> show(model, row));
    }

    private void show(PackManagerViewModel model, PackRow row) {
        if (row == null) {
            title.setText("Select a pack");
            meta.setText("");
            description.setText("");
            origin.setText("");
            questions.getItems().clear();
            return;
        }
        Pack pack = row.installed().pack();
        title.setText(pack.title());
        meta.setText(pack.id() + " \u00b7 " + pack.version() + " \u00b7 " + pack.license() + " \u00b7 "
                + (row.enabled() ? "on" : "off"));
        description.setText(pack.description());
        origin.setText(row.bundled() ? "Comes with Mockloop."
                : "Folder: " + model.folderOf(row) + (row.authored() ? "\nYours: written in Mockloop."
                        : row.state() == null || row.state().origin() == null ? ""
                        : "\nImported from: " + row.state().origin()));
        questions.getItems().setAll(model.questionTitles(row));
    }
}
