package dev.mockloop.ui.history;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.DimensionScore;
import dev.mockloop.attempt.FailureModeHit;
import dev.mockloop.attempt.PhaseTime;
import dev.mockloop.pack.Question;
import dev.mockloop.sketch.Sketch;
import dev.mockloop.sketch.SketchCodec;
import dev.mockloop.sketch.SketchFormatException;
import dev.mockloop.ui.coach.CoveragePane;
import dev.mockloop.ui.coach.CoverageViewModel;
import dev.mockloop.ui.common.AnswerKeyPane;
import dev.mockloop.ui.common.PhaseTimesChart;
import dev.mockloop.ui.sketch.SketchImages;
import dev.mockloop.ui.common.PhaseTimesTable;
import dev.mockloop.ui.common.TimeText;
import dev.mockloop.ui.sketch.PhaseMark;
import dev.mockloop.ui.sketch.SketchReplay;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One saved attempt, read-only: prompts, notes, the sketch and a replay of how it grew
 * (scrubber with phase markers), timings, scores and reflection.
 */
public final class AttemptView extends BorderPane {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT);

    /**
     * @param attempt  the attempt to show
     * @param question its question as the pack has it now, for the answer key; {@code null} when the pack is gone
     * @param coverage the coach's result on the attempt's round
     * @param onBack   what the Back button does
     * @param extras   the voice, talk figures and interviewer's sheet for this attempt
     */
    public AttemptView(Attempt attempt, Question question, CoverageViewModel coverage, Runnable onBack, ZoneId zone,
                       AttemptExtras extras) {
        setId("attempt-view");
        Button back = new Button("← History");
        back.setId("attempt-back");
        back.getStyleClass().add("flat");
        back.setOnAction(e -> onBack.run());

        Label title = new Label(attempt.questionTitle());
        title.setId("attempt-title");
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        String mean = Double.isNaN(attempt.meanScore()) ? "–" : String.format("%.1f", attempt.meanScore());
        Label meta = text(DATE.format(attempt.startedAt().atZone(zone)) + " · " + attempt.packId() + " "
                + attempt.packVersion() + " · " + attempt.frameworkTitle() + " · "
                + TimeText.duration(attempt.activeTime().toMillis()));
        meta.getStyleClass().add("text-muted");
        Label verdict = new Label(attempt.finished() ? attempt.verdict().label() + " · mean score " + mean
                : "Unfinished: kept after the app stopped mid-round, not scored");
        verdict.setId("attempt-verdict");
        verdict.getStyleClass().add("title-4");

        VBox content = new VBox(18,
                new VBox(6, back, title, meta, verdict),
                section("Behavioral prompt", text(attempt.behavioralPrompt())),
                section("Design prompt", text(attempt.designPrompt())),
                section("Sketch and voice", sketch(attempt, extras)),
                section("Notes", notes(attempt.notes())),
                section("Planned against actual", new VBox(8, new PhaseTimesChart(attempt.phases()),
                        new PhaseTimesTable(attempt.phases()))),
                section("How you talked", extras.talk().get()),
                section("Answer key and the coach's second opinion", new CoveragePane(coverage,
                        new AnswerKeyPane(question, attempt.probes(), attempt.phases()))),
                section("Scores", scores(attempt)),
                optional(extras.interviewer().get()),
                section("Failure modes", failures(attempt)),
                section("Reflection", reflection(attempt.reflection())));
        content.setPadding(new Insets(16, 24, 24, 24));
        content.setMaxWidth(1100);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }

    /** An unfinished attempt, kept after a crash, has vectors but no picture yet: draw one. */
    private static byte[] render(String sketchJson) {
        if (sketchJson == null || sketchJson.isBlank()) {
            return new byte[0];
        }
        try {
            return SketchImages.toPng(SketchCodec.fromJson(sketchJson), 24);
        } catch (SketchFormatException e) {
            return new byte[0];
        }
    }

    /** The saved picture, with a replay of how the sketch grew beneath it when the timeline allows. */
    private static Node sketch(Attempt attempt, AttemptExtras extras) {
        byte[] png = attempt.sketchPng().length > 0 ? attempt.sketchPng() : render(attempt.sketchJson());
        if (png.length == 0) {
            return column(muted("Nothing was drawn."), extras.voiceAlone().get());
        }
        ImageView view = new ImageView(new Image(new ByteArrayInputStream(png)));
        view.setId("attempt-sketch");
        view.setPreserveRatio(true);
        view.setFitWidth(Math.min(1000, view.getImage().getWidth()));
        view.getStyleClass().add("sketch-image");
        return replay(attempt, view, extras);
    }

    /** The replay of the sketch's timeline, phases marked by their actual times; the picture alone if none. */
    private static Node replay(Attempt attempt, ImageView picture, AttemptExtras extras) {
        Sketch sketch;
        try {
            sketch = SketchCodec.fromJson(attempt.sketchJson());
        } catch (SketchFormatException e) {
            return column(picture, muted("The replay cannot be shown: " + e.getMessage()
                    + ". The picture is the saved sketch."), extras.voiceAlone().get());
        }
        if (!sketch.timeline().isRecorded()) {
            return column(picture, muted("No replay: this sketch was saved before replays existed."),
                    extras.voiceAlone().get());
        }
        List<PhaseMark> phases = new ArrayList<>();
        long at = 0;
        for (PhaseTime phase : attempt.phases()) {
            phases.add(new PhaseMark(phase.phaseId(), phase.title(), at, at + phase.actualMs()));
            at += phase.actualMs();
        }
        SketchReplay replay = new SketchReplay(sketch.timeline(), phases, picture);
        return column(replay, extras.voiceWithReplay().apply(replay.model()));
    }

    /** The nodes one under another, leaving out those a feature did not add. */
    private static Node column(Node... nodes) {
        VBox box = new VBox(6);
        for (Node node : nodes) {
            if (node != null) {
                box.getChildren().add(node);
            }
        }
        return box;
    }

    /** A feature's own section, or an empty placeholder when it added none. */
    private static Node optional(Node node) {
        if (node == null) {
            Region none = new Region();
            none.setManaged(false);
            return none;
        }
        return node;
    }

    private static Node notes(String notes) {
        Label label = notes.isBlank() ? muted("No notes.") : text(notes);
        label.setId("attempt-notes");
        return label;
    }

    private static Node reflection(String reflection) {
        Label label = reflection.isBlank() ? muted("No reflection written.") : text(reflection);
        label.setId("attempt-reflection");
        return label;
    }

    private static Node scores(Attempt attempt) {
        VBox list = new VBox(8);
        for (DimensionScore score : attempt.scores()) {
            Label head = new Label(score.title() + ": " + score.score() + " / 4");
            head.getStyleClass().add("text-bold");
            head.setId("attempt-score-" + score.dimensionId());
            list.getChildren().add(new VBox(2, head, muted(score.descriptor())));
        }
        return list;
    }

    private static Node failures(Attempt attempt) {
        if (attempt.failureModes().isEmpty()) {
            return muted("None ticked.");
        }
        VBox list = new VBox(4);
        for (FailureModeHit hit : attempt.failureModes()) {
            list.getChildren().add(text("• " + hit.title()));
        }
        return list;
    }

    private static Node section(String heading, Node body) {
        if (body == null) {
            return optional(null);
        }
        Label label = new Label(heading);
        label.getStyleClass().add("title-4");
        return new VBox(6, label, body);
    }

    private static Label text(String value) {
        Label label = new Label(value);
        label.setWrapText(true);
        return label;
    }

    private static Label muted(String value) {
        Label label = text(value);
        label.getStyleClass().add("text-muted");
        return label;
    }
}
