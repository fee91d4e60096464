package dev.mockloop.ui.history;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.attempt.DeletedAttempt;
import dev.mockloop.attempt.PhaseOverrun;
import dev.mockloop.attempt.PhaseStatsRepository;
import dev.mockloop.pack.Level;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.review.FilterChoice;
import dev.mockloop.review.HistoryFilter;
import dev.mockloop.review.HistorySort;
import dev.mockloop.review.ReviewStore;
import dev.mockloop.ui.common.TaskRunner;
import dev.mockloop.ui.common.TimeText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the history screen: the filters, the order, and the filtered attempts as a
 * paged list that holds only the rows near the screen; loaded off the UI thread. Kept by
 * the window for its lifetime, so the filters survive opening an attempt and coming back.
 * A deleted attempt is held here until the next delete, for Undo.
 */
public final class HistoryViewModel {

    private final ReviewStore review;
    private final AttemptRepository attempts;
    private final PhaseStatsRepository phaseStats;
    private final TaskRunner tasks;
    private final Supplier<PackLibrary> library;
    private final PagedRows rows;

    private final ObjectProperty<String> packFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> tagFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Level> levelFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<HistoryFilter.Outcome> outcomeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> fromFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> toFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<FilterChoice> failureFilter = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<HistorySort> sort = new SimpleObjectProperty<>(HistorySort.NEWEST_FIRST);

    private final ObservableList<String> packs = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice> failureModes = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice> dimensions = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper pacing = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DeletedAttempt> deleted = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    private HistoryFilter shownFilter = HistoryFilter.ALL;
    private HistorySort shownSort = HistorySort.NEWEST_FIRST;
    private int asked;

    /** @param library the installed packs now: names the packs and orders the score columns by their rubrics */
    public HistoryViewModel(ReviewStore review, AttemptRepository attempts, PhaseStatsRepository phaseStats,
                            TaskRunner tasks, Supplier<PackLibrary> library) {
        this.review = review;
        this.attempts = attempts;
        this.phaseStats = phaseStats;
        this.tasks = tasks;
        this.library = library;
        this.rows = new PagedRows((offset, limit, onLoaded) -> {
            HistoryFilter filter = shownFilter;
            HistorySort order = shownSort;
            tasks.run(() -> review.history().page(filter, order, offset, limit), onLoaded,
                    failure -> error.set("Could not read your history: " + failure.getMessage()));
        });
        for (Observable input : new Observable[] {packFilter, tagFilter, levelFilter, outcomeFilter, fromFilter,
                toFilter, failureFilter, search, sort}) {
            input.addListener(o -> refresh());
        }
    }

    /** Reads the filter choices, the pacing summary and the list again from the database. */
    public void load() {
        tasks.run(phaseStats::averageOverruns, overruns -> pacing.set(pacingText(overruns)), failure -> pacing.set(""));
        tasks.run(() -> new Choices(review.history().packIds(), review.history().tags(),
                review.history().failureModes(), review.history().dimensions()), this::showChoices,
                failure -> error.set("Could not read your history: " + failure.getMessage()));
        refresh();
    }

    private record Choices(List<String> packs, List<String> tags, List<FilterChoice> failureModes,
                           List<FilterChoice> dimensions) {
    }

    private void showChoices(Choices choices) {
        List<String> packIds = new ArrayList<>(library.get().packs().stream().map(p -> p.pack().id()).toList());
        choices.packs().stream().filter(id -> !packIds.contains(id)).forEach(packIds::add);
        packs.setAll(packIds);
        tags.setAll(choices.tags());
        failureModes.setAll(choices.failureModes());
        dimensions.setAll(inRubricOrder(choices.dimensions()));
    }

    /** The scored dimensions, in the order the installed packs' rubrics list them, then the rest by id. */
    private List<FilterChoice> inRubricOrder(List<FilterChoice> scored) {
        Map<String, FilterChoice> ordered = new LinkedHashMap<>();
        Map<String, FilterChoice> byId = new LinkedHashMap<>();
        scored.forEach(c -> byId.put(c.id(), c));
        library.get().packs().forEach(p -> p.pack().rubric().dimensions().forEach(d -> {
            if (byId.containsKey(d.id())) {
                ordered.putIfAbsent(d.id(), new FilterChoice(d.id(), d.title()));
            }
        }));
        byId.forEach(ordered::putIfAbsent);
        return List.copyOf(ordered.values());
    }

    /** Reads the count and first page for the current filters and order. */
    public void refresh() {
        HistoryFilter filter = filter();
        HistorySort order = sort.get();
        int ask = ++asked;
        tasks.run(() -> review.history().open(filter, order, PagedRows.PAGE), page -> {
            if (ask != asked) {
                return;  // the filters changed while this was read
            }
            shownFilter = filter;
            shownSort = order;
            error.set("");
            total.set(page.total());
            rows.reset(page.total(), page.rows());
        }, failure -> error.set("Could not read your history: " + failure.getMessage()));
    }

    /** @return the filters as set now */
    public HistoryFilter filter() {
        FilterChoice failure = failureFilter.get();
        return new HistoryFilter(packFilter.get(), tagFilter.get(), levelFilter.get(), outcomeFilter.get(),
                fromFilter.get(), toFilter.get(), failure == null ? null : failure.id(), search.get());
    }

    /** Clears every filter and the search; keeps the order. */
    public void clearFilters() {
        packFilter.set(null);
        tagFilter.set(null);
        levelFilter.set(null);
        outcomeFilter.set(null);
        fromFilter.set(null);
        toFilter.set(null);
        failureFilter.set(null);
        search.set("");
    }

    /** Loads one attempt whole and hands it over on the UI thread. */
    public void open(long id, Consumer<Attempt> onLoaded) {
        tasks.run(() -> attempts.find(id).orElseThrow(() -> new IllegalStateException("attempt " + id + " is gone")),
                onLoaded, failure -> error.set("Could not open the attempt: " + failure.getMessage()));
    }

    /** Loads two attempts whole and hands them over on the UI thread, in the order asked. */
    public void openPair(long first, long second, java.util.function.BiConsumer<Attempt, Attempt> onLoaded) {
        tasks.run(() -> List.of(attempts.find(first).orElseThrow(), attempts.find(second).orElseThrow()),
                pair -> onLoaded.accept(pair.get(0), pair.get(1)),
                failure -> error.set("Could not open the attempts: " + failure.getMessage()));
    }

    /**
     * Deletes an attempt and keeps it for {@link #undoDelete()}.
     *
     * @param onDone called on the UI thread once it is deleted
     */
    public void delete(long id, Runnable onDone) {
        tasks.run(() -> review.edits().delete(id), gone -> {
            deleted.set(gone);
            notice.set("Deleted “" + gone.attempt().questionTitle() + "”.");
            onDone.run();
            load();
        }, failure -> error.set("Could not delete the attempt: " + failure.getMessage()));
    }

    /** Puts the last deleted attempt back as it was. */
    public void undoDelete() {
        DeletedAttempt gone = deleted.get();
        if (gone == null) {
            return;
        }
        tasks.run(() -> {
            review.edits().undoDelete(gone);
            return gone;
        }, back -> {
            deleted.set(null);
            notice.set("Restored “" + back.attempt().questionTitle() + "”.");
            load();
        }, failure -> error.set("Could not undo the delete: " + failure.getMessage()));
    }

    /**
     * @return up to three phases that overrun on average, worst first, e.g.
     *         "High-level design overruns by +4:10 on average (5 rounds)"
     */
    static String pacingText(List<PhaseOverrun> overruns) {
        if (overruns.isEmpty()) {
            return "";
        }
        List<String> over = overruns.stream().filter(o -> o.averageOverrunMs() >= 1000).limit(3)
                .map(o -> o.title() + " overruns by +" + TimeText.duration(o.averageOverrunMs()) + " on average ("
                        + o.attempts() + (o.attempts() == 1 ? " round)" : " rounds)"))
                .toList();
        return over.isEmpty() ? "On average every phase keeps to its budget." : String.join("\n", over);
    }

    /** @return the pack's title if it is installed, else its id */
    public String packTitle(String packId) {
        return library.get().pack(packId).map(p -> p.pack().title()).orElse(packId);
    }

    /** @return the filtered attempts, paged: a row not yet loaded is {@code null} */
    public ObservableList<dev.mockloop.review.HistoryRow> rows() {
        return rows;
    }

    /** @return how many rows of the list are in memory */
    public int loadedRows() {
        return rows.loadedRows();
    }

    public ReadOnlyStringProperty pacingProperty() {
        return pacing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ObjectProperty<String> packFilterProperty() {
        return packFilter;
    }

    public ObjectProperty<String> tagFilterProperty() {
        return tagFilter;
    }

    public ObjectProperty<Level> levelFilterProperty() {
        return levelFilter;
    }

    public ObjectProperty<HistoryFilter.Outcome> outcomeFilterProperty() {
        return outcomeFilter;
    }

    public ObjectProperty<LocalDate> fromFilterProperty() {
        return fromFilter;
    }

    public ObjectProperty<LocalDate> toFilterProperty() {
        return toFilter;
    }

    public ObjectProperty<FilterChoice> failureFilterProperty() {
        return failureFilter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<HistorySort> sortProperty() {
        return sort;
    }

    public ObservableList<String> packs() {
        return packs;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public ObservableList<FilterChoice> failureModes() {
        return failureModes;
    }

    /** @return the dimensions shown as score columns, in rubric order */
    public ObservableList<FilterChoice> dimensions() {
        return dimensions;
    }

    /** @return the attempt deleted last, while it can still be put back */
    public ReadOnlyObjectProperty<DeletedAttempt> deletedProperty() {
        return deleted.getReadOnlyProperty();
    }

    /** @return what just happened, e.g. "Deleted “Design a URL shortener”." */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** @return the review store, for the exports */
    ReviewStore review() {
        return review;
    }

    TaskRunner tasks() {
        return tasks;
    }
}
