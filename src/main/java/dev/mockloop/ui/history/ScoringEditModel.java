package dev.mockloop.ui.history;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.DimensionScore;
import dev.mockloop.attempt.ScoreSheet;
import dev.mockloop.attempt.ScoringEdit;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.review.ReviewStore;
import dev.mockloop.ui.common.ScoreSheetModel;
import dev.mockloop.ui.common.SheetDimension;
import dev.mockloop.ui.common.TaskRunner;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Editing an attempt's scoring afterwards: a level per rubric dimension, the verdict and
 * the reflection, starting from what was saved. The dimensions are the pack's rubric when
 * the pack is installed (so an unfinished round can be scored later), else the ones scored.
 */
public final class ScoringEditModel {

    private final Attempt attempt;
    private final ReviewStore review;
    private final TaskRunner tasks;
    private final ScoreSheetModel sheet;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSave;

    public ScoringEditModel(Attempt attempt, PackLibrary library, ReviewStore review, TaskRunner tasks) {
        this.attempt = attempt;
        this.review = review;
        this.tasks = tasks;
        var pack = library.pack(attempt.packId()).map(p -> p.pack());
        var level = pack.flatMap(p -> p.questions().stream().filter(q -> q.id().equals(attempt.questionId()))
                .findFirst()).map(q -> q.level()).orElse(null);
        List<SheetDimension> dimensions = pack.map(p -> p.rubric().dimensions()).filter(d -> !d.isEmpty())
                .map(ds -> ds.stream().map(d -> SheetDimension.of(d, level)).toList())
                .orElseGet(() -> attempt.scores().stream()
                        .map(s -> new SheetDimension(s.dimensionId(), s.title(), Map.of(), null)).toList());
        Map<String, Integer> levels = new LinkedHashMap<>();
        attempt.scores().forEach(s -> levels.put(s.dimensionId(), s.score()));
        sheet = new ScoreSheetModel(dimensions, List.of(),
                new ScoreSheet(levels, List.of(), attempt.verdict(), attempt.reflection()));
        canSave = sheet.completeProperty().and(saving.not());
    }

    /**
     * Saves the edit; the first edit keeps the original.
     *
     * @param onSaved called on the UI thread after the commit
     */
    public void save(Runnable onSaved) {
        if (!canSave.get()) {
            return;
        }
        saving.set(true);
        ScoreSheet now = sheet.sheetProperty().get();
        ScoringEdit edit = new ScoringEdit(now.verdict(),
                sheet.dimensions().stream().map(d -> score(d.dimension(), d.level().get())).toList(), now.text());
        tasks.run(() -> review.edits().edit(attempt.id(), edit), at -> {
            saving.set(false);
            onSaved.run();
        }, failure -> {
            saving.set(false);
            error.set("Not saved: " + failure.getMessage() + ". Your changes are still here; try again.");
        });
    }

    private DimensionScore score(SheetDimension dimension, int level) {
        String descriptor = dimension.descriptor(level);
        if (descriptor == null) {
            // The pack is gone: keep the saved wording if the level did not change.
            descriptor = attempt.scores().stream()
                    .filter(s -> dimension.id().equals(s.dimensionId()) && s.score() == level)
                    .map(DimensionScore::descriptor).findFirst().orElse(null);
        }
        return new DimensionScore(dimension.id(), dimension.title(), level, descriptor);
    }

    public Attempt attempt() {
        return attempt;
    }

    /** @return the sheet being edited */
    public ScoreSheetModel sheet() {
        return sheet;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** @return true once every dimension has a level and a verdict is chosen, and no save is running */
    public BooleanBinding canSave() {
        return canSave;
    }
}
