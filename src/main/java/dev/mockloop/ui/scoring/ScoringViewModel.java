package dev.mockloop.ui.scoring;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.attempt.DimensionScore;
import dev.mockloop.attempt.FailureModeHit;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.Dimension;
import dev.mockloop.pack.FailureMode;
import dev.mockloop.pack.Pack;
import dev.mockloop.session.DraftRepository;
import dev.mockloop.session.Round;
import dev.mockloop.ui.common.Navigator;
import dev.mockloop.ui.common.TaskRunner;
import java.util.List;
import java.util.function.Supplier;
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
 * State of the scoring screen: a 1–4 score per rubric dimension, the failure-mode
 * checklist, the verdict and the reflection. Saving writes the whole attempt in one
 * transaction off the UI thread; the user is told it is saved only after the commit.
 */
public final class ScoringViewModel {

    /** One rubric dimension and the level chosen, 0 until the user picks one. */
    public record DimensionChoice(Dimension dimension, IntegerProperty level) {
    }

    /** One failure mode and whether the user ticked it. */
    public record FailureChoice(FailureMode failureMode, BooleanProperty ticked) {
    }

    private final Round round;
    private final AttemptRepository attempts;
    private final TaskRunner tasks;
    private final Navigator navigator;
    private final Supplier<byte[]> sketchPng;
    private final List<DimensionChoice> dimensions;
    private final List<FailureChoice> failures;
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final StringProperty reflection = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanBinding complete;

    /**
     * @param round     the finished round
     * @param sketchPng renders the round's sketch to PNG; called on the UI thread when saving
     */
    public ScoringViewModel(Round round, AttemptRepository attempts, TaskRunner tasks, Navigator navigator,
                            Supplier<byte[]> sketchPng) {
        this.round = round;
        this.attempts = attempts;
        this.tasks = tasks;
        this.navigator = navigator;
        this.sketchPng = sketchPng;
        Pack pack = round.question().pack().pack();
        dimensions = pack.rubric().dimensions().stream()
                .map(d -> new DimensionChoice(d, new SimpleIntegerProperty(0))).toList();
        failures = pack.failureModes().stream()
                .map(f -> new FailureChoice(f, new SimpleBooleanProperty(false))).toList();
        Observable[] inputs = new Observable[dimensions.size() + 1];
        for (int i = 0; i < dimensions.size(); i++) {
            inputs[i] = dimensions.get(i).level();
        }
        inputs[dimensions.size()] = verdict;
        complete = Bindings.createBooleanBinding(
                () -> verdict.get() != null && dimensions.stream().allMatch(d -> d.level().get() > 0), inputs);
    }

    /** Saves the attempt; on success opens it from history. */
    public void save() {
        if (!canSave().get()) {
            return;
        }
        saving.set(true);
        error.set("");
        Attempt attempt = round.toAttempt(sketchPng.get(), scores(), ticked(), verdict.get(), reflection.get());
        tasks.run(() -> attempts.save(attempt, DraftRepository::clearIn), saved -> {
            saving.set(false);
            navigator.attempt(saved.id());
        }, failure -> {
            saving.set(false);
            error.set("The attempt was not saved: " + failure.getMessage()
                    + ". Your scores are still here; try again.");
        });
    }

    private List<DimensionScore> scores() {
        return dimensions.stream().map(d -> new DimensionScore(d.dimension().id(), d.dimension().title(),
                d.level().get(), d.dimension().descriptor(d.level().get()))).toList();
    }

    private List<FailureModeHit> ticked() {
        return failures.stream().filter(f -> f.ticked().get())
                .map(f -> new FailureModeHit(f.failureMode().id(), f.failureMode().title())).toList();
    }

    public Round round() {
        return round;
    }

    public List<DimensionChoice> dimensions() {
        return dimensions;
    }

    public List<FailureChoice> failures() {
        return failures;
    }

    public ObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    public StringProperty reflectionProperty() {
        return reflection;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    /** @return why the last save failed, or empty */
    public StringProperty errorProperty() {
        return error;
    }

    /** @return true once every dimension is scored and a verdict is chosen */
    public BooleanBinding completeProperty() {
        return complete;
    }

    /** @return true when complete and no save is in flight */
    public BooleanBinding canSave() {
        return complete.and(saving.not());
    }
}
