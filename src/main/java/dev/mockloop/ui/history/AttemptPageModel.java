package dev.mockloop.ui.history;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.ScoringEdit;
import dev.mockloop.export.MarkdownExport;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.Question;
import dev.mockloop.review.HistoryRow;
import dev.mockloop.review.ReviewStore;
import dev.mockloop.ui.coach.CoverageViewModel;
import dev.mockloop.ui.common.Navigator;
import dev.mockloop.ui.common.TaskRunner;
import dev.mockloop.ui.voice.ExportStatus;
import dev.mockloop.voice.AttemptExports;
import dev.mockloop.voice.RecordingZip;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of one saved attempt's page: the attempt, its answer key (when its pack is still
 * installed), the other attempts at the same question to compare it with, the original
 * scoring once it was edited, and the outcome of the last action. Every read and write runs
 * off the UI thread through the {@link TaskRunner}.
 */
public final class AttemptPageModel {

    private final Attempt attempt;
    private final ReviewStore review;
    private final PackLibrary library;
    private final TaskRunner tasks;
    private final HistoryViewModel history;
    private final Navigator navigator;
    private final ZoneId zone;
    private final CoverageViewModel coverage;
    private final AttemptExports exports;
    private final ObservableList<HistoryRow> others = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ScoringEdit.Revision> revision = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /**
     * @param history the history's state, which owns deleting with undo
     * @param zone     the zone dates are shown and exported in
     * @param coverage the coach's result on the attempt's round, with its self-scores
     */
    public AttemptPageModel(Attempt attempt, ReviewStore review, PackLibrary library, TaskRunner tasks,
                            HistoryViewModel history, Navigator navigator, ZoneId zone, CoverageViewModel coverage) {
        this(attempt, review, library, tasks, history, navigator, zone, coverage, null);
    }

    /** @param exports the Markdown export with the attempt's recordings, or null to offer none */
    public AttemptPageModel(Attempt attempt, ReviewStore review, PackLibrary library, TaskRunner tasks,
                            HistoryViewModel history, Navigator navigator, ZoneId zone, CoverageViewModel coverage,
                            AttemptExports exports) {
        this.exports = exports;
        this.attempt = attempt;
        this.review = review;
        this.library = library;
        this.tasks = tasks;
        this.history = history;
        this.navigator = navigator;
        this.zone = zone;
        this.coverage = coverage;
    }

    /** Reads the other attempts at the question, the edit history and the coach's result. */
    public void load() {
        java.util.Map<String, Integer> self = new java.util.HashMap<>();
        attempt.scores().forEach(score -> self.put(score.dimensionId(), score.score()));
        coverage.setSelfScores(self);
        question().ifPresent(q -> coverage.offerReading(attempt, q));
        coverage.load(attempt.roundId());
        tasks.run(() -> review.history().attemptsAt(attempt.packId(), attempt.questionId(), 200),
                rows -> others.setAll(rows.stream().filter(r -> r.id() != attempt.id()).toList()),
                failure -> status.set("Could not list the other attempts: " + failure.getMessage()));
        tasks.run(() -> review.edits().revision(attempt.id()), found -> revision.set(found.orElse(null)),
                failure -> status.set("Could not read the edit history: " + failure.getMessage()));
    }

    /** @return the question as its pack has it now, or empty when the pack is no longer installed */
    public Optional<Question> question() {
        return library.question(attempt.packId(), attempt.questionId()).map(q -> q.question());
    }

    /** @return a model to edit this attempt's scoring */
    public ScoringEditModel editScoring() {
        return new ScoringEditModel(attempt, library, review, tasks);
    }

    /** Opens the page again, e.g. after an edit is saved. */
    public void reopen() {
        navigator.attempt(attempt.id());
    }

    /** Leaves for the history list. */
    public void backToHistory() {
        navigator.history();
    }

    /** Opens this attempt and another side by side, the older on the left. */
    public void compareWith(HistoryRow other) {
        boolean otherFirst = other.startedAt().isBefore(attempt.startedAt());
        navigator.compare(otherFirst ? other.id() : attempt.id(), otherFirst ? attempt.id() : other.id());
    }

    /** Deletes the attempt (the history offers Undo) and goes back to the history. */
    public void delete() {
        history.delete(attempt.id(), navigator::history);
    }

    /** @return the file name the Markdown export suggests */
    public String markdownName() {
        return "mockloop-" + attempt.questionId() + "-" + attempt.id() + ".md";
    }

    /** Writes the attempt as Markdown, with its sketch beside it, without its recordings. */
    public void exportMarkdown(Path file) {
        exportMarkdown(file, false);
    }

    /** Measures the recording a Markdown export could include (off the UI thread), then hands it over. */
    public void recordingsOffer(java.util.function.Consumer<RecordingZip.Contents> then) {
        if (exports == null) {
            then.accept(new RecordingZip.Contents(0, 0));
            return;
        }
        tasks.run(() -> exports.offer(attempt), then, failure -> status.set("Not exported: " + failure.getMessage()));
    }

    /** Writes the attempt as Markdown, with its sketch beside it, and its recordings in a zip if asked. */
    public void exportMarkdown(Path file, boolean withRecordings) {
        tasks.run(() -> exports == null
                        ? new AttemptExports.Done(1, MarkdownExport.write(attempt, zone, file), null, null)
                        : exports.markdown(attempt, zone, file, withRecordings),
                done -> status.set("Exported to " + String.join(" and ", done.files().stream().map(Object::toString)
                        .toList()) + ExportStatus.recordings(done) + "."),
                failure -> status.set("Not exported: " + failure.getMessage()));
    }

    /** @return the coach's result on this attempt's round */
    public CoverageViewModel coverage() {
        return coverage;
    }

    public Attempt attempt() {
        return attempt;
    }

    /** @return the zone dates are shown in */
    public ZoneId zone() {
        return zone;
    }

    /** @return the other attempts at this question, newest first; read-only */
    public ObservableList<HistoryRow> others() {
        return FXCollections.unmodifiableObservableList(others);
    }

    /** @return the original scoring and when it was edited, or null while it never was */
    public ReadOnlyObjectProperty<ScoringEdit.Revision> revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** @return what the last action did or why it failed, or empty */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
