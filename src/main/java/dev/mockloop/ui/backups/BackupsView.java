package dev.mockloop.ui.backups;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The backups screen: every backup with its time, reason and size; back up, check, restore. */
public final class BackupsView extends BorderPane {

    public BackupsView(BackupsViewModel model, ZoneId zone) {
        setPadding(new Insets(16));
        Label heading = new Label("Backups");
        heading.getStyleClass().add("title-2");
        Label intro = new Label("Mockloop backs up your data when it starts (if anything changed), every 30 minutes "
                + "while it runs, and before restores and upgrades. It keeps every backup of the last 24 hours, "
                + "then 12 daily, 10 weekly and 9 monthly ones.");
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        setTop(new VBox(4, heading, intro));

        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM).withZone(zone);
        TableView<BackupsViewModel.Row> table = new TableView<>(model.backups());
        table.setId("backups-table");
        table.setPlaceholder(new Label("No backup yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<BackupsViewModel.Row, String> when = new TableColumn<>("Taken");
        when.setCellValueFactory(c -> new ReadOnlyStringWrapper(date.format(c.getValue().takenAt())));
        when.setPrefWidth(220);
        TableColumn<BackupsViewModel.Row, String> why = new TableColumn<>("Why");
        why.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        why.setPrefWidth(200);
        TableColumn<BackupsViewModel.Row, String> size = new TableColumn<>("Size");
        size.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format("%,d KB", c.getValue().kb())));
        table.getColumns().setAll(when, why, size);
        BorderPane.setMargin(table, new Insets(12, 0, 12, 0));
        setCenter(table);

        Label status = new Label();
        status.setId("backups-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Button check = new Button("Check database");
        check.setId("backups-check");
        check.disableProperty().bind(model.busyProperty());
        check.setOnAction(e -> model.checkDatabase());
        Button now = new Button("Back up now");
        now.setId("backups-now");
        now.disableProperty().bind(model.busyProperty());
        now.setOnAction(e -> model.backUpNow());
        Button restore = new Button("Restore…");
        restore.setId("backups-restore");
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty()));
        restore.setOnAction(e -> {
            BackupsViewModel.Row chosen = table.getSelectionModel().getSelectedItem();
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Your data goes back to how it was on "
                    + date.format(chosen.takenAt()) + ". Today's data is backed up first, so this can be undone "
                    + "by restoring that backup.", ButtonType.CANCEL, ButtonType.OK);
            confirm.setHeaderText("Restore this backup?");
            confirm.initOwner(getScene().getWindow());
            if (confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
                model.restore(chosen);
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, status, spacer, check, now, restore);
        bar.setAlignment(Pos.CENTER_LEFT);
        setBottom(bar);
        model.load();
    }
}
