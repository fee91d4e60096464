package dev.mockloop.ui.history;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.DimensionScore;
import dev.mockloop.attempt.ScoringEdit;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.Dimension;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.review.ReviewStore;
import dev.mockloop.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Editing an attempt's scoring afterwards: a level per rubric dimension, the verdict and
 * the reflection, starting from what was saved. The dimensions are the pack's rubric when
 * the pack is installed (so an unfinished round can be scored later), else the ones scored.
 */
public final class ScoringEditModel {

    /**
     * One dimension being scored.
     *
     * @param id     the dimension's id
     * @param title  its title
     * @param levels descriptors by level 1 to 4; empty when its pack is not installed
     * @param level  the level chosen, 0 while none
     */
    public record Row(String id, String title, Map<Integer, String> levels, IntegerProperty level) {
    }

    private final Attempt attempt;
    private final ReviewStore review;
    private final TaskRunner tasks;
    private final List<Row> rows = new ArrayList<>();
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final StringProperty reflection = new SimpleStringProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanBinding complete;

    public ScoringEditModel(Attempt attempt, PackLibrary library, ReviewStore review, TaskRunner tasks) {
        this.attempt = attempt;
        this.review = review;
        this.tasks = tasks;
        List<Dimension> rubric = library.pack(attempt.packId()).map(p -> p.pack().rubric().dimensions()).orElse(List.of());
        if (rubric.isEmpty()) {
            attempt.scores().forEach(s -> rows.add(new Row(s.dimensionId(), s.title(), Map.of(),
                    new SimpleIntegerProperty(s.score()))));
        } else {
            for (Dimension d : rubric) {
                int saved = attempt.scores().stream().filter(s -> d.id().equals(s.dimensionId()))
                        .mapToInt(DimensionScore::score).findFirst().orElse(0);
                rows.add(new Row(d.id(), d.title(), d.levels(), new SimpleIntegerProperty(saved)));
            }
        }
        verdict.set(attempt.verdict());
        reflection.set(attempt.reflection());
        Observable[] inputs = new Observable[rows.size() + 1];
        for (int i = 0; i < rows.size(); i++) {
            inputs[i] = rows.get(i).level();
        }
        inputs[rows.size()] = verdict;
        complete = Bindings.createBooleanBinding(
                () -> verdict.get() != null && rows.stream().allMatch(r -> r.level().get() > 0), inputs);
    }

    /**
     * Saves the edit; the first edit keeps the original.
     *
     * @param onSaved called on the UI thread after the commit
     */
    public void save(Runnable onSaved) {
        if (!complete.get() || saving.get()) {
            return;
        }
        saving.set(true);
        ScoringEdit edit = new ScoringEdit(verdict.get(), rows.stream().map(this::score).toList(), reflection.get());
        tasks.run(() -> review.edits().edit(attempt.id(), edit), at -> {
            saving.set(false);
            onSaved.run();
        }, failure -> {
            saving.set(false);
            error.set("Not saved: " + failure.getMessage() + ". Your changes are still here; try again.");
        });
    }

    private DimensionScore score(Row row) {
        int level = row.level().get();
        String descriptor = row.levels().get(level);
        if (descriptor == null) {
            // The pack is gone: keep the saved wording if the level did not change.
            descriptor = attempt.scores().stream().filter(s -> row.id().equals(s.dimensionId()) && s.score() == level)
                    .map(DimensionScore::descriptor).findFirst().orElse(null);
        }
        return new DimensionScore(row.id(), row.title(), level, descriptor);
    }

    public Attempt attempt() {
        return attempt;
    }

    public List<Row> rows() {
        return rows;
    }

    public ObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    public StringProperty reflectionProperty() {
        return reflection;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** @return true once every dimension has a level and a verdict is chosen, and no save is running */
    public BooleanBinding canSave() {
        return complete.and(saving.not());
    }
}
