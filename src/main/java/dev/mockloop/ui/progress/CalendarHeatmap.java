package dev.mockloop.ui.progress;

import dev.mockloop.review.ProgressData;
import dev.mockloop.review.ProgressReport;
import dev.mockloop.ui.common.TimeText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.shape.Rectangle;

/**
 * Practice time per day for the last year as a calendar, like Anki's heatmap: one column
 * per week (Monday at the top), one square per day, darker for more minutes in phases
 * ({@link ProgressReport#shade(long)}), with the day's minutes and rounds in a tooltip.
 */
final class CalendarHeatmap extends GridPane {

    static final double CELL_PX = 12;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.getDefault());

    CalendarHeatmap(ProgressReport report) {
        setId("progress-heatmap");
        setHgap(2);
        setVgap(2);
        LocalDate from = report.calendarFrom();
        for (int weekday = 0; weekday < 7; weekday += 2) {
            Label name = new Label(from.plusDays(weekday).getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.getDefault()));
            name.getStyleClass().addAll("text-small", "text-muted");
            add(name, 0, weekday + 1);
        }
        int column = 1;
        for (LocalDate week = from; !week.isAfter(report.calendarTo()); week = week.plusWeeks(1), column++) {
            if (week.getDayOfMonth() <= 7) {
                Label month = new Label(week.getMonth().getDisplayName(TextStyle.SHORT, Locale.getDefault()));
                month.getStyleClass().addAll("text-small", "text-muted");
                month.setMinWidth(30);
                add(month, column, 0, 3, 1);
            }
            for (int weekday = 0; weekday < 7; weekday++) {
                LocalDate day = week.plusDays(weekday);
                if (day.isAfter(report.calendarTo())) {
                    break;
                }
                ProgressData.PracticeDay practice = report.practice().get(day);
                long ms = practice == null ? 0 : practice.activeMs();
                Rectangle cell = new Rectangle(CELL_PX, CELL_PX);
                cell.setArcWidth(3);
                cell.setArcHeight(3);
                cell.getStyleClass().addAll("heat-cell", "heat-" + ProgressReport.shade(ms));
                Tooltip.install(cell, new Tooltip(DAY.format(day) + ": " + (practice == null ? "no practice"
                        : TimeText.duration(ms) + " in " + practice.attempts() + (practice.attempts() == 1 ? " round" : " rounds"))));
                add(cell, column, weekday + 1);
            }
        }
    }
}
