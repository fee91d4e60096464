package dev.mockloop.ui.history;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.attempt.AttemptSummary;
import dev.mockloop.attempt.PhaseOverrun;
import dev.mockloop.attempt.PhaseStatsRepository;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.ui.common.TaskRunner;
import dev.mockloop.ui.common.TimeText;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the history screen: past attempts newest first, loaded off the UI thread. */
public final class HistoryViewModel {

    private final AttemptRepository attempts;
    private final PhaseStatsRepository phaseStats;
    private final TaskRunner tasks;
    private final PackLibrary library;
    private final ObservableList<AttemptSummary> rows = FXCollections.observableArrayList();
    private final StringProperty pacing = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");

    /** @param library names the packs in the Pack column; attempts of removed packs show their id */
    public HistoryViewModel(AttemptRepository attempts, PhaseStatsRepository phaseStats, TaskRunner tasks,
                            PackLibrary library) {
        this.attempts = attempts;
        this.phaseStats = phaseStats;
        this.tasks = tasks;
        this.library = library;
    }

    /** Reloads the list and the pacing summary from the database. */
    public void load() {
        loading.set(true);
        tasks.run(phaseStats::averageOverruns, overruns -> pacing.set(pacingText(overruns)),
                failure -> pacing.set(""));
        tasks.run(attempts::listSummaries, list -> {
            rows.setAll(list);
            loading.set(false);
        }, failure -> {
            loading.set(false);
            error.set("Could not read your history: " + failure.getMessage());
        });
    }

    /** Loads one attempt whole and hands it over on the UI thread. */
    public void open(long id, Consumer<Attempt> onLoaded) {
        tasks.run(() -> attempts.find(id).orElseThrow(() -> new IllegalStateException("attempt " + id + " is gone")),
                onLoaded, failure -> error.set("Could not open the attempt: " + failure.getMessage()));
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

    /** @return the pacing summary: the phases that overrun on average */
    public StringProperty pacingProperty() {
        return pacing;
    }

    /** @return the pack's title if it is installed, else its id */
    public String packTitle(String packId) {
        return library.pack(packId).map(p -> p.pack().title()).orElse(packId);
    }

    public ObservableList<AttemptSummary> rows() {
        return rows;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
