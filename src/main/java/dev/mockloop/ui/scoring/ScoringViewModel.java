package dev.mockloop.ui.scoring;

import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.Pack;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.session.Round;
import dev.mockloop.ui.coach.CoverageViewModel;
import dev.mockloop.ui.common.Navigator;
import dev.mockloop.ui.common.ScoreSheetModel;
import dev.mockloop.ui.common.SheetDimension;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * State of the scoring screen: the score sheet (a level per rubric dimension, the
 * failure-mode checklist, the verdict and the reflection), autosaved with the round at
 * every change, so a crash on this screen loses nothing. Saving writes the whole attempt in
 * one transaction off the UI thread; the user is told it is saved only after the commit.
 */
public final class ScoringViewModel {

    private final ActiveRound active;
    private final Navigator navigator;
    private final Supplier<byte[]> renderSketch;
    private byte[] sketchPng;
    private final ScoreSheetModel sheet;
    private final CoverageViewModel coverage;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSave;

    /**
     * @param active    the finished round
     * @param sketchPng renders the round's sketch to PNG; called on the UI thread when saving
     * @param coverage  the coach's second opinion on this round, told of every self-score
     */
    public ScoringViewModel(ActiveRound active, Navigator navigator, Supplier<byte[]> sketchPng,
                            CoverageViewModel coverage) {
        this.active = active;
        this.navigator = navigator;
        this.renderSketch = sketchPng;
        LibraryQuestion question = active.round().question();
        Pack pack = question.pack().pack();
        sheet = new ScoreSheetModel(pack.rubric().dimensions().stream()
                .map(d -> SheetDimension.of(d, question.question().level())).toList(),
                pack.failureModes(), active.round().scoreSheet());
        this.coverage = coverage;
        coverage.setSelfScores(sheet.sheetProperty().get().levels());
        sheet.sheetProperty().addListener((obs, old, now) -> {
            active.updateScoreSheet(now);
            coverage.setSelfScores(now.levels());
        });
        coverage.load(active.roundId());
        canSave = sheet.completeProperty().and(saving.not());
    }

    /**
     * @return whether the round ran for less than five minutes, so the screen asks before
     *         saving and offers to keep it out of the stats
     */
    public boolean isShortRound() {
        return active.isShort();
    }

    /**
     * Saves the attempt; on success opens it from history.
     *
     * @param inStats whether it counts in the stats and the schedule
     */
    public void save(boolean inStats) {
        if (!canSave.get()) {
            return;
        }
        saving.set(true);
        error.set("");
        active.save(sketchPng(), inStats).whenComplete((saved, failure) -> {
            saving.set(false);
            if (failure == null) {
                navigator.attempt(saved.id());
            } else {
                error.set("The attempt was not saved: " + failure.getMessage()
                        + ". Your scores are still here; try again.");
            }
        });
    }

    /** Throws the round away, without an attempt, and goes home. */
    public void abandon() {
        active.abandon().whenComplete((done, failure) -> navigator.home());
    }

    public Round round() {
        return active.round();
    }

    /** @return the round's sketch as a PNG, rendered once (on the UI thread), empty if nothing was drawn */
    public byte[] sketchPng() {
        if (sketchPng == null) {
            sketchPng = renderSketch.get();
        }
        return sketchPng;
    }

    /** @return the question as its pack has it, for the answer key */
    public dev.mockloop.pack.Question question() {
        return active.round().question().question();
    }

    /** @return the coach's result on this round and where it disagrees with the sheet */
    public CoverageViewModel coverage() {
        return coverage;
    }

    /** @return the score sheet being filled */
    public ScoreSheetModel sheet() {
        return sheet;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** @return why the last save failed, or empty */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** @return true once every dimension is scored and a verdict is chosen */
    public BooleanBinding completeProperty() {
        return sheet.completeProperty();
    }

    /** @return true when complete and no save is in flight */
    public BooleanBinding canSave() {
        return canSave;
    }
}
