package dev.mockloop.ui.recovery;

import dev.mockloop.ui.common.Confirm;
import dev.mockloop.session.RoundDraft;
import java.time.ZoneId;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Shown at start when a round was in progress when Mockloop last stopped (a crash, a
 * kill, power loss): resume it (the clock paused, or back to scoring), keep it as an
 * unfinished attempt, or discard it, which asks first. The wording follows the state the
 * round was in ({@link RecoveryText}).
 */
public final class RecoveryView extends VBox {

    /** What the three buttons do. */
    public interface Actions {
        void resume();

        void keepUnfinished();

        void discard();
    }

    /**
     * @param draft     the autosaved round
     * @param canResume false when the draft's question is no longer installed
     */
    public RecoveryView(RoundDraft draft, boolean canResume, Actions actions, ZoneId zone) {
        this(draft, canResume, 0, actions, zone);
    }

    /**
     * @param draft      the autosaved round
     * @param canResume  false when the draft's question is no longer installed
     * @param dimensions its rubric's dimension count, or 0 when unknown, for "3 of 5 dimensions scored"
     */
    public RecoveryView(RoundDraft draft, boolean canResume, int dimensions, Actions actions, ZoneId zone) {
        super(14);
        setId("recovery");
        setPadding(new Insets(48));
        setMaxWidth(760);
        setAlignment(Pos.TOP_LEFT);
        Label heading = new Label("A round was in progress when Mockloop stopped");
        heading.getStyleClass().add("title-2");
        heading.setWrapText(true);
        Label what = new Label(RecoveryText.describe(draft, dimensions, zone));
        what.setId("recovery-what");
        what.setWrapText(true);
        Label kept = new Label(RecoveryText.onResume(draft));
        kept.setId("recovery-kept");
        kept.setWrapText(true);
        kept.getStyleClass().add("text-muted");

        Button resume = new Button(RecoveryText.resumeLabel(draft));
        resume.setId("recovery-resume");
        resume.getStyleClass().add("accent");
        resume.setDefaultButton(true);
        resume.setDisable(!canResume);
        resume.setOnAction(e -> actions.resume());
        Button keep = new Button("Keep it as an unfinished attempt");
        keep.setId("recovery-keep");
        keep.setOnAction(e -> actions.keepUnfinished());
        Button discard = new Button("Discard it…");
        discard.setId("recovery-discard");
        discard.getStyleClass().add("danger");
        discard.setOnAction(e -> {
            if (Confirm.ask(this, "Discard this round?", "Its notes, sketch and timings"
                    + (draft.scoreSheet().isBlank() ? "" : " and the scores picked so far")
                    + " are deleted. Nothing is kept in your history, and this cannot be undone.",
                    "Discard it", "Keep the round")) {
                actions.discard();
            }
        });
        HBox buttons = new HBox(10, resume, keep, discard);
        getChildren().addAll(heading, what, kept, buttons);
        if (!canResume) {
            Label gone = new Label("Its question's pack is no longer installed, so it cannot be resumed; "
                    + "keep it to see it in your history.");
            gone.setWrapText(true);
            gone.getStyleClass().add("text-muted");
            getChildren().add(gone);
        }
    }
}
