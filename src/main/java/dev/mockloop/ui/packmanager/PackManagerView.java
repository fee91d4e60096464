package dev.mockloop.ui.packmanager;

import atlantafx.base.theme.Styles;
import dev.mockloop.pack.Pack;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The pack manager: a table of installed packs (on/off, title, version, authors,
 * license, questions, attempts, source), the selected pack's details, and the actions:
 * import (file, folder, URL), new pack, edit, export, show folder, remove.
 */
public final class PackManagerView extends BorderPane {

    private final PackManagerViewModel model;
    private final PackManagerActions actions;

    public PackManagerView(PackManagerViewModel model, PackManagerActions actions) {
        this.model = model;
        this.actions = actions;
        setId("pack-manager");
        setPadding(new Insets(16));
        setTop(toolbar());
        SplitPane split = new SplitPane(table(), new PackDetail(model));
        split.setDividerPositions(0.64);
        BorderPane.setMargin(split, new Insets(12, 0, 12, 0));
        setCenter(split);
        setBottom(footer());
    }

    private HBox toolbar() {
        Label title = new Label("Packs");
        title.getStyleClass().add(Styles.TITLE_3);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button file = button("packs-import-file", "Import file\u2026", () -> actions.importFile().accept(window()));
        file.setDefaultButton(false);
        Button folder = button("packs-import-folder", "Import folder\u2026", () -> actions.importFolder().accept(window()));
        Button url = button("packs-import-url", "Import from URL\u2026", () -> actions.importUrl().accept(window()));
        Button create = button("packs-new", "New pack\u2026", actions.newPack());
        create.getStyleClass().add(Styles.ACCENT);
        HBox bar = new HBox(8, title, spacer, file, folder, url, create);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private TableView<PackRow> table() {
        TableView<PackRow> table = new TableView<>(model.rows());
        table.setId("packs-table");
        table.setPlaceholder(new Label("No packs installed."));
        TableColumn<PackRow, PackRow> on = new TableColumn<>("On");
        on.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        on.setCellFactory(c -> new EnabledCell());
        on.setPrefWidth(50);
        on.setSortable(false);
        table.getColumns().add(on);
        table.getColumns().add(column("Pack", 220, r -> r.installed().pack().title()));
        table.getColumns().add(column("Version", 70, r -> r.installed().pack().version()));
        table.getColumns().add(column("Authors", 130, PackRow::authors));
        table.getColumns().add(column("License", 100, r -> r.installed().pack().license()));
        table.getColumns().add(column("Questions", 85, r -> Integer.toString(r.installed().pack().questions().size())));
        table.getColumns().add(column("Attempts", 80, r -> Integer.toString(r.attempts())));
        table.getColumns().add(column("Source", 75, PackRow::sourceLabel));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    private static TableColumn<PackRow, String> column(String name, double width,
                                                       java.util.function.Function<PackRow, String> value) {
        TableColumn<PackRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private VBox footer() {
        Button show = button("packs-show-folder", "Show folder", () -> {
            java.nio.file.Path folder = model.folderOf(model.selectedProperty().get());
            if (folder != null) {
                actions.openFolder().accept(folder);
            }
        });
        show.disableProperty().bind(model.canRemove().not());
        Button export = button("packs-export", "Export\u2026", () -> {
            PackRow row = model.selectedProperty().get();
            actions.exportFile().apply(window(), model.exportName(row)).ifPresent(path -> model.export(row, path));
        });
        export.disableProperty().bind(model.hasSelection().not());
        Button edit = button("packs-edit", "Edit\u2026", () -> actions.editPack().accept(model.selectedProperty().get().installed()));
        edit.disableProperty().bind(model.canEdit().not());
        Button remove = button("packs-remove", "Remove\u2026", this::confirmRemove);
        remove.getStyleClass().add(Styles.DANGER);
        remove.disableProperty().bind(model.canRemove().not());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label status = new Label();
        status.setId("packs-status");
        status.textProperty().bind(model.statusProperty());
        Label error = new Label();
        error.setId("packs-error");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        error.setWrapText(true);
        Label orphans = new Label();
        orphans.setId("packs-orphans");
        orphans.getStyleClass().add(Styles.TEXT_MUTED);
        orphans.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.orphanAttemptsProperty().get() == 0 ? ""
                : model.orphanAttemptsProperty().get() + " attempts are from packs no longer installed; they stay in History.",
                model.orphanAttemptsProperty()));
        HBox buttons = new HBox(8, status, spacer, show, export, edit, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, buttons, orphans, error);
    }

    private void confirmRemove() {
        PackRow row = model.selectedProperty().get();
        Pack pack = row.installed().pack();
        ButtonType removeButton = new ButtonType("Remove", ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Its " + pack.questions().size()
                + " questions leave the home screen and its folder is deleted. Your " + row.attempts()
                + " attempts on it stay in History.", ButtonType.CANCEL, removeButton);
        confirm.setHeaderText("Remove \u201c" + pack.title() + "\u201d " + pack.version() + "?");
        confirm.getDialogPane().setId("remove-confirm");
        if (window() != null) {
            confirm.initOwner(window());
        }
        confirm.setOnHidden(e -> {
            if (confirm.getResult() == removeButton) {
                model.remove(row);
            }
        });
        confirm.show();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** The On column: a check box that switches the pack on or off. */
    private final class EnabledCell extends TableCell<PackRow, PackRow> {
        private final CheckBox box = new CheckBox();

        EnabledCell() {
            box.setOnAction(e -> {
                if (getItem() != null) {
                    model.setEnabled(getItem(), box.isSelected());
                }
            });
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(PackRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
            } else {
                box.setSelected(row.enabled());
                box.setId("pack-enabled-" + row.id().replace('.', '_'));
                setGraphic(box);
            }
        }
    }
}
