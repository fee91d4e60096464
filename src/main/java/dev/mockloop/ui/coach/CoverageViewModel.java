package dev.mockloop.ui.coach;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.coach.CoachService;
import dev.mockloop.coach.CoverageResult;
import dev.mockloop.coach.DimensionSuggestion;
import dev.mockloop.coach.Disagreement;
import dev.mockloop.coach.ItemKind;
import dev.mockloop.coach.ItemResult;
import dev.mockloop.coach.SecondOpinion;
import dev.mockloop.pack.Level;
import dev.mockloop.pack.Question;
import dev.mockloop.pack.Rubric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the coach's panel: what the coach saw of the answer key in one round, grouped by
 * kind, and where it disagrees with the self-score. The result is asked of the coach
 * service (whose work runs on its own thread) and arrives on the UI thread.
 */
public final class CoverageViewModel {

    /** What the panel shows. */
    public enum State {
        /** The coach is reading the round (or loading its model). */
        WORKING,
        /** The result is in {@link #groups()}. */
        READY,
        /** The coach never read this round: switched off, or saved before the coach existed. */
        NONE,
        /** The coach could not run; {@link #messageProperty()} says why. */
        FAILED
    }

    /**
     * One answer-key item as the panel shows it.
     *
     * @param text     the item's text as in the pack
     * @param covered  whether the coach saw it covered
     * @param evidence the candidate's words that cover it, or "" for a missed item
     * @param where    where those words are, e.g. "notes, line 4", or ""
     */
    public record Row(String text, boolean covered, String evidence, String where) {
    }

    /**
     * The items of one kind.
     *
     * @param kind    the kind
     * @param title   its heading, e.g. "Design signals"
     * @param covered covered items, in the answer key's order
     * @param missed  missed items, in order
     */
    public record Group(ItemKind kind, String title, List<Row> covered, List<Row> missed) {
        /** @return e.g. "3 of 4" */
        public String count() {
            return covered.size() + " of " + (covered.size() + missed.size());
        }
    }

    private final CoachService coach;
    private final Rubric rubric;
    private final Level level;
    private final Executor uiThread;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.WORKING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("The coach is reading your round\u2026");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final ObservableList<String> disagreements = FXCollections.observableArrayList();
    // One read-only view each, kept: an unmodifiable view listens weakly to its list, so a view
    // made per call could be collected with the listeners on it.
    private final ObservableList<Group> groupsView = FXCollections.unmodifiableObservableList(groups);
    private final ObservableList<String> disagreementsView = FXCollections.unmodifiableObservableList(disagreements);
    private final ReadOnlyBooleanWrapper canRead = new ReadOnlyBooleanWrapper(false);
    private List<DimensionSuggestion> suggestions = List.of();
    /** The saved attempt the coach may read now, and its question; null on the scoring screen. */
    private Attempt saved;
    private Question question;
    private Map<String, Integer> selfScores = Map.of();

    /**
     * @param coach    the coach service
     * @param rubric   the question's rubric, for the second opinion
     * @param level    the question's level, for the dimensions' bars
     * @param uiThread runs a result's update on the UI thread ({@code Platform::runLater}; tests run it in line)
     */
    public CoverageViewModel(CoachService coach, Rubric rubric, Level level, Executor uiThread) {
        this.coach = coach;
        this.rubric = rubric;
        this.level = level;
        this.uiThread = uiThread;
    }

    /**
     * Lets the panel offer to read a saved attempt the coach never read ({@link #readNow()}),
     * e.g. one saved while the coach was off. Call before {@link #load(String)}.
     *
     * @param attempt  the saved attempt
     * @param question its question as its pack has it now, for the answer key
     */
    public void offerReading(Attempt attempt, Question question) {
        this.saved = attempt;
        this.question = question;
    }

    /** Asks the coach for a round's result; the panel shows it when it arrives. */
    public void load(String roundId) {
        working();
        coach.result(roundId).whenComplete((result, failure) -> uiThread.execute(() -> {
            if (failure != null) {
                fail(failure);
            } else if (result == null) {
                none();
            } else {
                show(result);
            }
        }));
    }

    /**
     * Has the coach read the saved attempt now, and keeps its result for next time; does nothing
     * unless {@link #canReadProperty()} is true.
     */
    public void readNow() {
        if (!canRead.get()) {
            return;
        }
        working();
        coach.readSaved(saved, question).whenComplete((result, failure) -> uiThread.execute(() -> {
            if (failure != null) {
                fail(failure);
            } else {
                show(result);
            }
        }));
    }

    private void working() {
        canRead.set(false);
        state.set(State.WORKING);
        message.set("The coach is reading your round\u2026");
    }

    private void none() {
        state.set(State.NONE);
        if (!coach.enabled()) {
            message.set("The coach is switched off. Switch it on in Settings, under Coach.");
        } else if (saved != null) {
            message.set("The coach did not read this round. It can read the notes and the whiteboard now.");
            canRead.set(true);
        } else {
            message.set("The coach did not read this round.");
        }
    }

    /** Shows a result (called on the UI thread). */
    public void show(CoverageResult result) {
        List<Group> list = new ArrayList<>();
        for (ItemKind kind : ItemKind.values()) {
            List<ItemResult> items = result.ofKind(kind);
            if (items.isEmpty()) {
                continue;
            }
            List<Row> covered = new ArrayList<>();
            List<Row> missed = new ArrayList<>();
            for (ItemResult r : items) {
                if (r.covered()) {
                    covered.add(new Row(r.item().text(), true, r.evidence().text(), r.evidence().where()));
                } else {
                    missed.add(new Row(r.item().text(), false, "", ""));
                }
            }
            list.add(new Group(kind, kind.title(), List.copyOf(covered), List.copyOf(missed)));
        }
        groups.setAll(list);
        summary.set("The coach saw " + result.covered() + " of " + result.total() + " answer-key items");
        suggestions = SecondOpinion.suggest(rubric, level, result);
        updateDisagreements();
        message.set("");
        state.set(State.READY);
    }

    /** @param levels the self-score as it stands, dimension id to 1..4; disagreements follow it */
    public void setSelfScores(Map<String, Integer> levels) {
        selfScores = Map.copyOf(levels);
        updateDisagreements();
    }

    private void fail(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        String why = cause.getMessage();
        groups.clear();
        disagreements.clear();
        state.set(State.FAILED);
        message.set("The coach could not read this round: " + why);
    }

    private void updateDisagreements() {
        disagreements.setAll(SecondOpinion.compare(suggestions, selfScores, level).stream()
                .map(Disagreement::message).toList());
    }

    /** @return whether the panel offers to read the saved attempt now ({@link #readNow()}) */
    public ReadOnlyBooleanProperty canReadProperty() {
        return canRead.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** @return what the panel says instead of a result (working, none, failed), "" when ready */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** @return e.g. "The coach saw 12 of 18 answer-key items" */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** @return the items by kind, read-only */
    public ObservableList<Group> groups() {
        return groupsView;
    }

    /** @return one sentence per disagreement with the self-score, read-only */
    public ObservableList<String> disagreements() {
        return disagreementsView;
    }

    /** @return the coach's suggested level per dimension it could read */
    public List<DimensionSuggestion> suggestions() {
        return suggestions;
    }
}
