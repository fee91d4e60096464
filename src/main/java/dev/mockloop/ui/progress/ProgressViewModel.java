package dev.mockloop.ui.progress;

import dev.mockloop.pack.PackLibrary;
import dev.mockloop.review.PracticeAdvice;
import dev.mockloop.review.ProgressReport;
import dev.mockloop.review.ReviewStore;
import dev.mockloop.ui.common.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * State of the progress screen: the report and the next-due dates, read and computed off
 * the UI thread, and which dimensions the trend chart shows (the {@value #WEAKEST_SHOWN}
 * weakest until the user picks others; the pick survives a reload).
 */
public final class ProgressViewModel {

    /** How many failure modes the chart shows. */
    static final int FAILURE_MODES = 8;
    /** How many dimensions the trend chart shows at first: the weakest ones. */
    static final int WEAKEST_SHOWN = 3;

    private final ReviewStore review;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Supplier<PackLibrary> library;
    private final ReadOnlyObjectWrapper<ProgressReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableSet<String> shown = FXCollections.observableSet(new java.util.LinkedHashSet<>());
    /** How many recent rounds the bar tally counts. */
    public static final int BAR_ROUNDS = 20;
    private final ObservableList<PracticeAdvice.Upcoming> upcoming = FXCollections.observableArrayList();
    // Made once and held: an unmodifiable view listens to its source weakly, so a view made
    // per call would be collected with the listeners added to it.
    private final ObservableSet<String> shownView = FXCollections.unmodifiableObservableSet(shown);
    private final ObservableList<PracticeAdvice.Upcoming> upcomingView = FXCollections.unmodifiableObservableList(upcoming);
    private final ObservableList<dev.mockloop.review.BarTally> bars = FXCollections.observableArrayList();
    private final ObservableList<dev.mockloop.review.BarTally> barsView = FXCollections.unmodifiableObservableList(bars);
    private boolean picked;

    /** A progress screen without next-due dates (no installed packs to name the questions). */
    public ProgressViewModel(ReviewStore review, TaskRunner tasks, Clock clock) {
        this(review, tasks, clock, () -> new PackLibrary(List.of()));
    }

    /**
     * @param clock   its zone and date end the calendar on today
     * @param library the installed packs, which name the questions in the next-due list
     */
    public ProgressViewModel(ReviewStore review, TaskRunner tasks, Clock clock, Supplier<PackLibrary> library) {
        this.review = review;
        this.tasks = tasks;
        this.clock = clock;
        this.library = library;
    }

    /** Reads the totals and computes the charts, then the next-due dates. */
    public void load() {
        LocalDate today = LocalDate.now(clock);
        tasks.run(() -> ProgressReport.from(review.progress().load(ProgressReport.calendarStart(today).toEpochDay(),
                today.toEpochDay(), FAILURE_MODES), today), this::loaded,
                failure -> error.set("Could not read your progress: " + failure.getMessage()));
        PackLibrary packs = library.get();
        tasks.run(() -> dev.mockloop.review.BarTally.of(review.history().page(dev.mockloop.review.HistoryFilter.ALL,
                dev.mockloop.review.HistorySort.NEWEST_FIRST, 0, BAR_ROUNDS), packs), bars::setAll,
                failure -> { });  // only a section of the report; the rest says what failed
        tasks.run(() -> review.advisor().upcoming(packs, today.toEpochDay()), upcoming::setAll,
                failure -> {
                    // The progress itself failing says more; this one only shows when it is alone.
                    if (error.get().isEmpty()) {
                        error.set("Could not read when questions are due: " + failure.getMessage());
                    }
                });
    }

    private void loaded(ProgressReport now) {
        if (!picked) {
            shown.clear();
            shown.addAll(now.weakest(WEAKEST_SHOWN));
        }
        report.set(now);
    }

    /**
     * Shows or hides a dimension's line.
     *
     * @param dimensionId the dimension
     * @param show        whether its line is drawn
     */
    public void show(String dimensionId, boolean show) {
        picked = true;
        if (show) {
            shown.add(dimensionId);
        } else {
            shown.remove(dimensionId);
        }
    }

    /** @return the dimensions the trend chart draws, by id */
    public ObservableSet<String> shownDimensions() {
        return shownView;
    }

    /** @return each attempted question with the day it is due again, soonest first */
    public ObservableList<PracticeAdvice.Upcoming> upcoming() {
        return upcomingView;
    }

    /**
     * @return per dimension, how often the last {@value #BAR_ROUNDS} rounds' self-scores met the
     *         bar of the level each question is set at
     */
    public ObservableList<dev.mockloop.review.BarTally> bars() {
        return barsView;
    }

    /** @return the day the next-due list counts from */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** @return the report, null until loaded */
    public ReadOnlyObjectProperty<ProgressReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
