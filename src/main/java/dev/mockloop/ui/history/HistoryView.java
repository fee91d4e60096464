package dev.mockloop.ui.history;

import dev.mockloop.attempt.AttemptSummary;
import dev.mockloop.ui.common.Navigator;
import dev.mockloop.ui.common.TimeText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The history screen: every saved attempt, newest first; open one to read it. */
public final class HistoryView extends BorderPane {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final HistoryViewModel model;
    private final Navigator navigator;
    private final TableView<AttemptSummary> table = new TableView<>();

    public HistoryView(HistoryViewModel model, Navigator navigator, ZoneId zone) {
        this.model = model;
        this.navigator = navigator;
        setPadding(new Insets(16));
        Label heading = new Label("History");
        heading.getStyleClass().add("title-2");
        Label error = new Label();
        error.getStyleClass().add("overtime");
        error.textProperty().bind(model.errorProperty());
        Label pacing = new Label();
        pacing.setId("history-pacing");
        pacing.setWrapText(true);
        pacing.textProperty().bind(model.pacingProperty());
        setTop(new VBox(4, heading, pacing, error));

        table.setId("history-table");
        table.setItems(model.rows());
        table.setPlaceholder(new Label("No attempts yet. Finish a round and it appears here."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(30);
        table.getColumns().setAll(
                column("Date", 150, a -> DATE.format(a.startedAt().atZone(zone))),
                column("Question", 300, AttemptSummary::questionTitle),
                column("Pack", 170, a -> model.packTitle(a.packId())),
                column("Duration", 80, a -> TimeText.duration(a.duration().toMillis())),
                column("Verdict", 110, a -> a.verdict() == null ? "Unfinished" : a.verdict().label()),
                column("Mean score", 90, a -> Double.isNaN(a.meanScore()) ? "–" : String.format("%.1f", a.meanScore())));
        table.setRowFactory(t -> {
            TableRow<AttemptSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    navigator.attempt(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        BorderPane.setMargin(table, new Insets(12, 0, 12, 0));
        setCenter(table);

        Button open = new Button("Open attempt");
        open.setId("history-open");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openSelected());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, spacer, open);
        bar.setAlignment(Pos.CENTER_RIGHT);
        setBottom(bar);
    }

    private void openSelected() {
        AttemptSummary selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            navigator.attempt(selected.id());
        }
    }

    private static TableColumn<AttemptSummary, String> column(String name, double width,
                                                              Function<AttemptSummary, String> value) {
        TableColumn<AttemptSummary, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }
}
