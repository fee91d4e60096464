package dev.mockloop.ui.history;

import atlantafx.base.controls.CustomTextField;
import dev.mockloop.pack.Level;
import dev.mockloop.review.FilterChoice;
import dev.mockloop.review.HistoryFilter;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.layout.FlowPane;
import dev.mockloop.ui.common.Choices;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** The history's filters: search, pack, tag, level, verdict, failure mode, date range, Clear. */
final class HistoryFilterBar extends FlowPane {

    HistoryFilterBar(HistoryViewModel model) {
        super(8, 8);
        setAlignment(Pos.CENTER_LEFT);
        CustomTextField search = new CustomTextField();
        search.setId("history-search");
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        search.setPromptText("Search notes and reflections");
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(model.searchProperty());

        ComboBox<String> pack = combo("history-pack-filter", "All packs", model.packs(), model::packTitle);
        pack.valueProperty().bindBidirectional(model.packFilterProperty());
        ComboBox<String> tag = combo("history-tag-filter", "All tags", model.tags(), t -> t);
        tag.valueProperty().bindBidirectional(model.tagFilterProperty());
        ComboBox<Level> level = combo("history-level-filter", "All levels",
                javafx.collections.FXCollections.observableArrayList(Level.values()), Level::label);
        level.valueProperty().bindBidirectional(model.levelFilterProperty());
        ComboBox<HistoryFilter.Outcome> outcome = combo("history-verdict-filter", "All verdicts",
                javafx.collections.FXCollections.observableArrayList(HistoryFilter.Outcome.values()),
                HistoryFilter.Outcome::label);
        outcome.valueProperty().bindBidirectional(model.outcomeFilterProperty());
        ComboBox<FilterChoice> failure = combo("history-failure-filter", "Any failure mode",
                model.failureModes(), FilterChoice::label);
        failure.valueProperty().bindBidirectional(model.failureFilterProperty());

        DatePicker from = new DatePicker();
        from.setId("history-from");
        from.setPromptText("From");
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(model.fromFilterProperty());
        DatePicker to = new DatePicker();
        to.setId("history-to");
        to.setPromptText("To");
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(model.toFilterProperty());

        Button clear = new Button("Clear filters");
        clear.setId("history-clear");
        clear.setOnAction(e -> model.clearFilters());
        getChildren().addAll(search, pack, tag, level, outcome, failure, from, to, clear);
    }

    private static <T> ComboBox<T> combo(String id, String prompt, javafx.collections.ObservableList<T> items,
                                         Function<T, String> text) {
        return Choices.filter(id, prompt, items, text);
    }
}
