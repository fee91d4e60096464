package dev.mockloop.ui.progress;

import dev.mockloop.review.PracticeAdvice;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * When each attempted question is due again by the SM-2 schedule (its interval after the
 * last attempt, driven by the self-scores), soonest first, with the last attempt's date and
 * mean score.
 */
final class NextDueTable extends TableView<PracticeAdvice.Upcoming> {

    /** Rows shown before the table scrolls. */
    static final int VISIBLE_ROWS = 10;
    private static final double ROW_PX = 30;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    NextDueTable(ObservableList<PracticeAdvice.Upcoming> upcoming, LocalDate today) {
        super(upcoming);
        setId("progress-next-due");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("Finish and score a round, and its question's next practice date appears here."));
        getColumns().add(column("Question", u -> u.question().question().title(), 320));
        getColumns().add(column("Pack", u -> u.question().pack().pack().title(), 180));
        getColumns().add(column("Last practised", u -> DATE.format(LocalDate.ofEpochDay(u.lastDay())), 120));
        getColumns().add(column("Last mean", u -> String.format("%.1f", u.lastMean()), 80));
        getColumns().add(column("Next due", u -> due(u, today), 200));
        getColumns().forEach(c -> c.setSortable(false));
        Runnable size = () -> setPrefHeight(ROW_PX * (Math.min(VISIBLE_ROWS, Math.max(1, upcoming.size())) + 1) + 4);
        upcoming.addListener((javafx.collections.ListChangeListener<PracticeAdvice.Upcoming>) c -> size.run());
        size.run();
    }

    /** @return e.g. "21 Mar 2026 (tomorrow)", "today", "2 Mar 2026 (18 days overdue)" */
    static String due(PracticeAdvice.Upcoming u, LocalDate today) {
        String date = DATE.format(LocalDate.ofEpochDay(u.dueDay()));
        long days = -u.overdueDays();
        if (days == 0) {
            return date + " (today)";
        }
        if (days == 1) {
            return date + " (tomorrow)";
        }
        return days > 0 ? date + " (in " + days + " days)"
                : date + " (" + -days + (days == -1 ? " day" : " days") + " overdue)";
    }

    private static TableColumn<PracticeAdvice.Upcoming, String> column(String title,
            java.util.function.Function<PracticeAdvice.Upcoming, String> value, double width) {
        TableColumn<PracticeAdvice.Upcoming, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
