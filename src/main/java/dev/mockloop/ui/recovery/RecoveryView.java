package dev.mockloop.ui.recovery;

import dev.mockloop.session.RoundDraft;
import dev.mockloop.ui.common.TimeText;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Shown at start when a round was in progress when Mockloop last stopped (a crash, a
 * kill, power loss): resume it with the clock paused, keep it as an unfinished attempt,
 * or discard it.
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
        super(14);
        setId("recovery");
        setPadding(new Insets(48));
        setMaxWidth(760);
        setAlignment(Pos.TOP_LEFT);
        Label heading = new Label("A round was in progress when Mockloop stopped");
        heading.getStyleClass().add("title-2");
        heading.setWrapText(true);
        String started = draft.startedAtMs() == 0 ? "not started"
                : "started " + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .format(Instant.ofEpochMilli(draft.startedAtMs()).atZone(zone));
        Label what = new Label("\u201c" + draft.questionTitle() + "\u201d on " + draft.framework().title() + ", "
                + started + ", " + TimeText.duration(draft.elapsedMs()) + " in"
                + (draft.finished() ? ", waiting to be scored." : "."));
        what.setWrapText(true);
        Label kept = new Label("Its notes, sketch and timer were autosaved; at most the last 5 seconds are missing. "
                + "If you resume, the clock stays paused until you press Resume.");
        kept.setWrapText(true);
        kept.getStyleClass().add("text-muted");

        Button resume = new Button(draft.finished() ? "Score it now" : "Resume the round");
        resume.setId("recovery-resume");
        resume.getStyleClass().add("accent");
        resume.setDefaultButton(true);
        resume.setDisable(!canResume);
        resume.setOnAction(e -> actions.resume());
        Button keep = new Button("Keep it as an unfinished attempt");
        keep.setId("recovery-keep");
        keep.setOnAction(e -> actions.keepUnfinished());
        Button discard = new Button("Discard it");
        discard.setId("recovery-discard");
        discard.getStyleClass().add("danger");
        discard.setOnAction(e -> actions.discard());
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
