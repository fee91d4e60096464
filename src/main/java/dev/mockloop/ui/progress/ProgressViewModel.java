package dev.mockloop.ui.progress;

import dev.mockloop.review.ProgressReport;
import dev.mockloop.review.ReviewStore;
import dev.mockloop.ui.common.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** State of the progress screen: the report, read and computed off the UI thread. */
public final class ProgressViewModel {

    /** How many failure modes the chart shows. */
    static final int FAILURE_MODES = 8;

    private final ReviewStore review;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ObjectProperty<ProgressReport> report = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");

    /** @param clock its zone and date end the calendar on today */
    public ProgressViewModel(ReviewStore review, TaskRunner tasks, Clock clock) {
        this.review = review;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Reads the totals and computes the charts. */
    public void load() {
        LocalDate today = LocalDate.now(clock);
        tasks.run(() -> ProgressReport.from(review.progress().load(ProgressReport.calendarStart(today).toEpochDay(),
                today.toEpochDay(), FAILURE_MODES), today), report::set,
                failure -> error.set("Could not read your progress: " + failure.getMessage()));
    }

    /** @return the report, null until loaded */
    public ObjectProperty<ProgressReport> reportProperty() {
        return report;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
