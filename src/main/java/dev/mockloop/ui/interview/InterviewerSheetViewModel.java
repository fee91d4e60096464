package dev.mockloop.ui.interview;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.DimensionScore;
import dev.mockloop.attempt.FailureModeHit;
import dev.mockloop.interview.InterviewerSheet;
import dev.mockloop.interview.InterviewerSheetRepository;
import dev.mockloop.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The attempt page's comparison of the candidate's own scoring with their interviewers':
 * per dimension both levels and the gap, both verdicts, both sets of failure modes, and the
 * interviewers' feedback and notes. Read off the UI thread when {@link #load()} is called.
 */
public final class InterviewerSheetViewModel {

    /**
     * One dimension.
     *
     * @param dimension    its title
     * @param self         the candidate's level, "1" to "4", or "–" if not scored
     * @param interviewers each interviewer's level, in seat order, "–" where not scored
     * @param gap          self minus the interviewers' mean, e.g. "+1", "−0.5", "0", or "" without both
     */
    public record Row(String dimension, String self, List<String> interviewers, String gap) {
    }

    /**
     * One interviewer's words.
     *
     * @param who      "Interviewer" or "Second interviewer", with "(draft)" when not submitted
     * @param verdict  their verdict's label, or "none"
     * @param failures the failure modes they ticked, by title, or "none"
     * @param feedback their feedback for the candidate
     * @param notes    their notes from the round
     */
    public record Voice(String who, String verdict, String failures, String feedback, String notes) {
    }

    private final Attempt attempt;
    private final Callable<List<InterviewerSheet>> read;
    private final TaskRunner tasks;
    private final Map<String, String> failureModeTitles;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Voice> voices = FXCollections.observableArrayList();
    // One read-only view each, kept: an unmodifiable view listens weakly to its list, so a view
    // made per call could be collected with the pane's listener on it.
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<Voice> voicesView = FXCollections.unmodifiableObservableList(voices);
    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper selfVerdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper selfFailures = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /**
     * @param attempt           the saved attempt, with the candidate's own scoring
     * @param sheets            where interviewers' sheets are
     * @param failureModeTitles failure-mode id to title from the attempt's pack, for those the
     *                          candidate did not tick; an id not in it is shown as it is
     */
    public InterviewerSheetViewModel(Attempt attempt, InterviewerSheetRepository sheets, TaskRunner tasks,
                                     Map<String, String> failureModeTitles) {
        this(attempt, () -> sheets.forRound(attempt.roundId()), tasks, failureModeTitles);
    }

    InterviewerSheetViewModel(Attempt attempt, Callable<List<InterviewerSheet>> read, TaskRunner tasks,
                              Map<String, String> failureModeTitles) {
        this.attempt = attempt;
        this.read = read;
        this.tasks = tasks;
        Map<String, String> titles = new LinkedHashMap<>(failureModeTitles);
        attempt.failureModes().forEach(f -> titles.put(f.failureModeId(), f.title()));
        this.failureModeTitles = titles;
    }

    /** Reads the interviewers' sheets in the background, then shows them beside the self-score. */
    public void load() {
        if (attempt.roundId() == null) {
            message.set("No interviewer scored this round.");
            return;
        }
        tasks.run(read, this::show, failure -> message.set("Could not read the interviewer's scores: "
                + failure.getMessage()));
    }

    private void show(List<InterviewerSheet> sheets) {
        present.set(!sheets.isEmpty());
        message.set(sheets.isEmpty() ? "No interviewer scored this round." : "");
        selfVerdict.set(attempt.verdict() == null ? "none" : attempt.verdict().label());
        selfFailures.set(attempt.failureModes().isEmpty() ? "none"
                : attempt.failureModes().stream().map(FailureModeHit::title).collect(Collectors.joining(", ")));
        List<Row> table = new ArrayList<>();
        Map<String, String> titles = new LinkedHashMap<>();
        attempt.scores().forEach(s -> titles.put(s.dimensionId(), s.title()));
        sheets.forEach(sheet -> sheet.sheet().levels().keySet().forEach(id -> titles.putIfAbsent(id, id)));
        titles.forEach((id, title) -> {
            Integer self = attempt.scores().stream().filter(s -> id.equals(s.dimensionId()))
                    .map(DimensionScore::score).findFirst().orElse(null);
            List<Integer> theirs = sheets.stream().map(sheet -> sheet.sheet().levels().get(id)).toList();
            double[] scored = theirs.stream().filter(l -> l != null).mapToDouble(Integer::doubleValue).toArray();
            String gap = self == null || scored.length == 0 ? ""
                    : signed(self - java.util.Arrays.stream(scored).average().orElse(0));
            table.add(new Row(title, self == null ? "–" : self.toString(),
                    theirs.stream().map(l -> l == null ? "–" : l.toString()).toList(), gap));
        });
        rows.setAll(table);
        voices.setAll(sheets.stream().map(this::voice).toList());
    }

    private Voice voice(InterviewerSheet sheet) {
        String who = (sheet.seat() == 1 ? "Interviewer" : "Second interviewer")
                + (sheet.submitted() ? "" : " (draft: the round was saved before they submitted)");
        String failures = sheet.sheet().failureModeIds().isEmpty() ? "none" : sheet.sheet().failureModeIds().stream()
                .map(id -> failureModeTitles.getOrDefault(id, id)).collect(Collectors.joining(", "));
        return new Voice(who, sheet.sheet().verdict() == null ? "none" : sheet.sheet().verdict().label(), failures,
                sheet.sheet().text(), sheet.notes());
    }

    /** @return a gap in levels with its sign: "+1", "−0.5" (a real minus), "0" */
    static String signed(double gap) {
        if (Math.abs(gap) < 1e-9) {
            return "0";
        }
        String number = gap == Math.rint(gap) ? String.valueOf((long) Math.abs(gap))
                : String.format(Locale.ROOT, "%.1f", Math.abs(gap));
        return (gap > 0 ? "+" : "\u2212") + number;
    }

    /** @return one row per dimension, in rubric order */
    public ObservableList<Row> rows() {
        return rowsView;
    }

    /** @return each interviewer's verdict, failure modes, feedback and notes, in seat order */
    public ObservableList<Voice> voices() {
        return voicesView;
    }

    /** @return whether any interviewer scored this round */
    public ReadOnlyBooleanProperty presentProperty() {
        return present.getReadOnlyProperty();
    }

    /** @return the candidate's own verdict's label */
    public ReadOnlyStringProperty selfVerdictProperty() {
        return selfVerdict.getReadOnlyProperty();
    }

    /** @return the failure modes the candidate ticked, by title, or "none" */
    public ReadOnlyStringProperty selfFailuresProperty() {
        return selfFailures.getReadOnlyProperty();
    }

    /** @return "No interviewer scored this round.", or why the sheets could not be read; empty otherwise */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
