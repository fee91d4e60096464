package dev.mockloop.ui.common;

import dev.mockloop.attempt.ScoreSheet;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.FailureMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A score sheet being filled on screen: a level per rubric dimension, the failure modes
 * ticked, a verdict and free text. The inputs are writable properties the form binds to;
 * {@link #sheetProperty()} is the whole sheet as it stands, read-only, and changes with
 * every input. The scoring screen, the attempt's score editor and the interviewer's sheet
 * on the attempt page all use it.
 */
public final class ScoreSheetModel {

    /** One dimension and the level picked on it, 0 while none is. */
    public record DimensionInput(SheetDimension dimension, IntegerProperty level) {
    }

    /** One failure mode and whether it is ticked. */
    public record FailureInput(FailureMode failureMode, BooleanProperty ticked) {
    }

    private final List<DimensionInput> dimensions;
    private final List<FailureInput> failures;
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ScoreSheet> sheet = new ReadOnlyObjectWrapper<>(ScoreSheet.EMPTY);
    private final BooleanBinding complete;

    /**
     * @param dimensions   the rubric, in scoring order
     * @param failureModes the checklist; may be empty (the score editor has none)
     * @param start        what is already filled in (a resumed round, a saved attempt)
     */
    public ScoreSheetModel(List<SheetDimension> dimensions, List<FailureMode> failureModes, ScoreSheet start) {
        this.dimensions = dimensions.stream()
                .map(d -> new DimensionInput(d, new SimpleIntegerProperty(start.levels().getOrDefault(d.id(), 0))))
                .toList();
        this.failures = failureModes.stream()
                .map(f -> new FailureInput(f, new SimpleBooleanProperty(start.failureModeIds().contains(f.id()))))
                .toList();
        verdict.set(start.verdict());
        text.set(start.text());
        List<Observable> inputs = new ArrayList<>();
        this.dimensions.forEach(d -> inputs.add(d.level()));
        this.failures.forEach(f -> inputs.add(f.ticked()));
        inputs.add(verdict);
        inputs.add(text);
        sheet.set(current());
        inputs.forEach(input -> input.addListener(changed -> sheet.set(current())));
        complete = Bindings.createBooleanBinding(
                () -> verdict.get() != null && this.dimensions.stream().allMatch(d -> d.level().get() > 0),
                inputs.toArray(Observable[]::new));
    }

    private ScoreSheet current() {
        Map<String, Integer> levels = new LinkedHashMap<>();
        dimensions.stream().filter(d -> d.level().get() > 0).forEach(d -> levels.put(d.dimension().id(), d.level().get()));
        List<String> ticked = failures.stream().filter(f -> f.ticked().get()).map(f -> f.failureMode().id()).toList();
        return new ScoreSheet(levels, ticked, verdict.get(), text.get());
    }

    public List<DimensionInput> dimensions() {
        return dimensions;
    }

    public List<FailureInput> failures() {
        return failures;
    }

    /** @return the verdict chosen: an input */
    public ObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    /** @return the reflection or feedback: an input */
    public StringProperty textProperty() {
        return text;
    }

    /** @return the whole sheet as it stands */
    public ReadOnlyObjectProperty<ScoreSheet> sheetProperty() {
        return sheet.getReadOnlyProperty();
    }

    /** @return true once every dimension has a level and a verdict is chosen */
    public BooleanBinding completeProperty() {
        return complete;
    }
}
