package dev.mockloop.ui.welcome;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The keyboard-shortcut sheet: every {@link Shortcuts} entry under its area's heading,
 * keys on the left, what they do on the right. Shown in a dialog by the window on F1 or ?.
 */
public final class ShortcutSheet extends ScrollPane {

    /** @param osName the {@code os.name} property, which decides Ctrl or Cmd */
    public ShortcutSheet(String osName) {
        setId("shortcut-sheet");
        Map<String, GridPane> areas = new LinkedHashMap<>();
        for (Shortcuts.Shortcut s : Shortcuts.ALL) {
            GridPane grid = areas.computeIfAbsent(s.area(), a -> grid());
            int row = grid.getRowCount();
            Label keys = new Label(Shortcuts.forPlatform(s.keys(), osName));
            keys.getStyleClass().add("shortcut-keys");
            Label what = new Label(s.what());
            what.setWrapText(true);
            grid.addRow(row, keys, what);
        }
        VBox column = new VBox(14);
        areas.forEach((area, grid) -> {
            Label heading = new Label(area);
            heading.getStyleClass().add("title-4");
            column.getChildren().add(new VBox(6, heading, grid));
        });
        column.setPadding(new Insets(4, 12, 12, 4));
        setContent(column);
        setFitToWidth(true);
        setPrefSize(620, 560);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(170);
        grid.getColumnConstraints().addAll(keys, new ColumnConstraints());
        return grid;
    }

    /** @return every keys text shown, in order, for tests and the accessibility tree */
    List<String> keysShown() {
        return lookupAll(".shortcut-keys").stream().map(n -> ((Label) n).getText()).toList();
    }
}
