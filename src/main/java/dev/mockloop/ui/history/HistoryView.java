package dev.mockloop.ui.history;

import dev.mockloop.review.FilterChoice;
import dev.mockloop.review.HistoryRow;
import dev.mockloop.review.HistorySort;
import dev.mockloop.ui.common.Navigator;
import dev.mockloop.ui.common.TimeText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The history screen: every saved attempt in a table that loads only the rows on screen,
 * sortable on every column (one score column per rubric dimension), filtered by the bar
 * above it; open one, compare two at the same question, export, undo a delete.
 */
public final class HistoryView extends BorderPane {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final HistoryViewModel model;
    private final Navigator navigator;
    private final ZoneId zone;
    private final TableView<HistoryRow> table = new TableView<>();

    /** @param exports the Export menu and what it last did */
    public HistoryView(HistoryViewModel model, Navigator navigator, ZoneId zone, HistoryExports exports) {
        this.model = model;
        this.navigator = navigator;
        this.zone = zone;
        setPadding(new Insets(16));
        Label heading = new Label("History");
        heading.getStyleClass().add("title-2");
        Label error = new Label();
        error.getStyleClass().add("overtime");
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Label pacing = new Label();
        pacing.setId("history-pacing");
        pacing.setWrapText(true);
        pacing.textProperty().bind(model.pacingProperty());
        setTop(new VBox(8, heading, pacing, new HistoryFilterBar(model), undoBanner(), error));

        table.setId("history-table");
        table.setItems(model.rows());
        table.setPlaceholder(new Label("No attempt matches. Finish a round, or clear the filters."));
        table.setFixedCellSize(30);
        table.setTableMenuButtonVisible(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // The database sorts: the table only tells it which column was clicked.
        table.setSortPolicy(t -> {
            sortBy(t.getSortOrder());
            return true;
        });
        buildColumns();
        model.dimensions().addListener((ListChangeListener<FilterChoice>) c -> buildColumns());
        table.setRowFactory(t -> {
            TableRow<HistoryRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
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
        setBottom(actions(exports));
    }

    private Node undoBanner() {
        Label text = new Label();
        text.setId("history-notice");
        text.textProperty().bind(model.noticeProperty());
        Hyperlink undo = new Hyperlink("Undo");
        undo.setId("history-undo");
        undo.visibleProperty().bind(model.deletedProperty().isNotNull());
        undo.setOnAction(e -> model.undoDelete());
        HBox banner = new HBox(6, text, undo);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("notice-banner");
        banner.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Node actions(HistoryExports exports) {
        Label count = new Label();
        count.setId("history-count");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(Bindings.createStringBinding(() -> String.format("%,d %s", model.totalProperty().get(),
                model.totalProperty().get() == 1 ? "attempt" : "attempts"), model.totalProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button compare = new Button("Compare");
        compare.setId("history-compare");
        compare.setTooltip(new javafx.scene.control.Tooltip("Select two attempts at the same question"));
        compare.disableProperty().bind(Bindings.createBooleanBinding(() -> comparable() == null,
                table.getSelectionModel().getSelectedIndices()));
        compare.setOnAction(e -> {
            List<HistoryRow> pair = comparable();
            if (pair != null) {
                navigator.compare(pair.get(0).id(), pair.get(1).id());
            }
        });
        Button open = new Button("Open attempt");
        open.setId("history-open");
        open.getStyleClass().add("accent");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openSelected());
        HBox bar = new HBox(8, count, spacer, exports.menu(), compare, open);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("history-export-status");
        status.setWrapText(true);
        status.textProperty().bind(exports.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        return new VBox(6, status, bar);
    }

    /** @return the two selected rows, older first, if they are attempts at the same question; else null */
    private List<HistoryRow> comparable() {
        List<HistoryRow> selected = table.getSelectionModel().getSelectedIndices().stream()
                .map(i -> table.getItems().get(i)).filter(java.util.Objects::nonNull).toList();
        if (selected.size() != 2 || !selected.get(0).questionKey().equals(selected.get(1).questionKey())) {
            return null;
        }
        return selected.get(0).startedAt().isBefore(selected.get(1).startedAt()) ? selected
                : List.of(selected.get(1), selected.get(0));
    }

    private void openSelected() {
        HistoryRow selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            navigator.attempt(selected.id());
        }
    }

    private void buildColumns() {
        List<TableColumn<HistoryRow, ?>> columns = new java.util.ArrayList<>(List.of(
                column("Date", 175, new HistorySort(HistorySort.Column.DATE, null, false),
                        r -> DATE.format(r.startedAt().atZone(zone))),
                column("Question", 260, new HistorySort(HistorySort.Column.QUESTION, null, true), HistoryRow::questionTitle),
                column("Pack", 150, new HistorySort(HistorySort.Column.PACK, null, true), r -> model.packTitle(r.packId())),
                column("Framework", 150, new HistorySort(HistorySort.Column.FRAMEWORK, null, true), HistoryRow::frameworkTitle),
                column("Duration", 80, new HistorySort(HistorySort.Column.DURATION, null, false),
                        r -> TimeText.duration(r.durationMs())),
                column("Verdict", 110, new HistorySort(HistorySort.Column.VERDICT, null, false),
                        r -> (r.verdict() == null ? "Unfinished" : r.verdict().label()) + (r.edited() ? " ✎" : "")),
                column("Mean", 60, new HistorySort(HistorySort.Column.MEAN_SCORE, null, false),
                        r -> Double.isNaN(r.meanScore()) ? "–" : String.format("%.1f", r.meanScore()))));
        for (FilterChoice d : model.dimensions()) {
            TableColumn<HistoryRow, String> c = column(d.label(), 90, HistorySort.byDimension(d.id(), false), r -> {
                Integer score = r.score(d.id());
                return score == null ? "" : score.toString();
            });
            c.setId("history-score-" + d.id());
            columns.add(c);
        }
        table.getColumns().setAll(columns);
        HistorySort current = model.sortProperty().get();
        columns.stream().filter(c -> sameColumn((HistorySort) c.getUserData(), current)).findFirst().ifPresent(c -> {
            c.setSortType(current.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(c));
        });
    }

    private static boolean sameColumn(HistorySort a, HistorySort b) {
        return a.column() == b.column() && java.util.Objects.equals(a.dimensionId(), b.dimensionId());
    }

    private void sortBy(List<TableColumn<HistoryRow, ?>> order) {
        if (order.isEmpty()) {
            model.sortProperty().set(HistorySort.NEWEST_FIRST);
            return;
        }
        TableColumn<HistoryRow, ?> first = order.get(0);
        HistorySort base = (HistorySort) first.getUserData();
        boolean ascending = first.getSortType() == TableColumn.SortType.ASCENDING;
        model.sortProperty().set(new HistorySort(base.column(), base.dimensionId(), ascending));
    }

    private static TableColumn<HistoryRow, String> column(String name, double width, HistorySort sort,
                                                          Function<HistoryRow, String> value) {
        TableColumn<HistoryRow, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setUserData(sort);
        column.setSortType(sort.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
        // A row whose page is still loading has no item yet.
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue() == null ? "…" : value.apply(c.getValue())));
        return column;
    }
}
