package dev.mockloop.ui.interview;

import dev.mockloop.interview.GapReport;
import dev.mockloop.interview.InterviewerSheetRepository;
import dev.mockloop.interview.ScoreGap;
import dev.mockloop.ui.common.TaskRunner;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Progress series of the gap between the candidate's self-score and their interviewers',
 * per dimension over time, with the widest gap in a sentence ("You rate your deep dive a point
 * higher than your interviewers do").
 */
public final class InterviewerGapViewModel {

    /**
     * One round's gap on one dimension.
     *
     * @param epochDay the round's day in the user's zone, days since 1970-01-01
     * @param gap      self minus interviewer, in levels
     */
    public record Point(long epochDay, double gap) {
    }

    /**
     * One dimension's line.
     *
     * @param title  the dimension's title
     * @param points its rounds, oldest first
     */
    public record Series(String title, List<Point> points) {
    }

    private final Callable<List<ScoreGap>> read;
    private final TaskRunner tasks;
    private final ZoneId zone;
    private final ObservableList<Series> series = FXCollections.observableArrayList();
    // One read-only view, kept: an unmodifiable view listens weakly to its list, so a view made
    // per call could be collected with the chart's listener on it.
    private final ObservableList<Series> seriesView = FXCollections.unmodifiableObservableList(series);
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");

    /** @param zone decides which day a round falls on */
    public InterviewerGapViewModel(InterviewerSheetRepository sheets, TaskRunner tasks, ZoneId zone) {
        this(sheets::gaps, tasks, zone);
    }

    InterviewerGapViewModel(Callable<List<ScoreGap>> read, TaskRunner tasks, ZoneId zone) {
        this.read = read;
        this.tasks = tasks;
        this.zone = zone;
    }

    /** Reads every round both scored, in the background. */
    public void load() {
        tasks.run(read, this::show, failure -> headline.set("Could not read your interviewers' scores: "
                + failure.getMessage()));
    }

    private void show(List<ScoreGap> gaps) {
        headline.set(GapReport.of(gaps).headline());
        Map<String, List<Point>> lines = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (ScoreGap gap : gaps) {
            lines.computeIfAbsent(gap.dimensionId(), k -> new ArrayList<>())
                    .add(new Point(gap.startedAt().atZone(zone).toLocalDate().toEpochDay(), gap.gap()));
            titles.put(gap.dimensionId(), gap.title());
        }
        List<Series> all = new ArrayList<>();
        lines.forEach((id, points) -> all.add(new Series(titles.get(id), List.copyOf(points))));
        series.setAll(all);
    }

    /** @return one line per dimension both scored, in rubric order */
    public ObservableList<Series> series() {
        return seriesView;
    }

    /** @return the widest gap in words, or that there is nothing to compare yet */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }
}
