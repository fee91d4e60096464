package dev.mockloop.ui.progress;

import dev.mockloop.review.BarTally;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;

/**
 * Progress's "against the bar" rows: per dimension, a bar filled to the share of recent rounds
 * that met the bar of their question's level, and "3 of 7 rounds". Ids {@code #bar-tally-<n>}.
 */
final class BarTallyList extends GridPane {

    BarTallyList(ObservableList<BarTally> tallies) {
        setId("bar-tallies");
        setHgap(12);
        setVgap(4);
        tallies.addListener((ListChangeListener<BarTally>) change -> show(tallies));
        show(tallies);
    }

    private void show(ObservableList<BarTally> tallies) {
        getChildren().clear();
        if (tallies.isEmpty()) {
            Label none = new Label("No scored rounds against a stated bar yet.");
            none.getStyleClass().add("text-muted");
            add(none, 0, 0);
            return;
        }
        int row = 0;
        for (BarTally t : tallies) {
            ProgressBar share = new ProgressBar(t.counted() == 0 ? 0 : (double) t.met() / t.counted());
            share.setPrefWidth(160);
            share.setAccessibleText(t.title() + ": met the bar in " + t.met() + " of " + t.counted() + " rounds");
            Label count = new Label(t.met() + " of " + t.counted() + (t.counted() == 1 ? " round" : " rounds"));
            count.setId("bar-tally-" + row);
            add(new Label(t.title()), 0, row);
            add(share, 1, row);
            add(count, 2, row);
            row++;
        }
    }
}
