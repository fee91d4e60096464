package dev.mockloop.ui.compare;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.DimensionScore;
import dev.mockloop.attempt.FailureModeHit;
import dev.mockloop.attempt.PhaseTime;
import dev.mockloop.sketch.SketchCodec;
import dev.mockloop.sketch.SketchFormatException;
import dev.mockloop.ui.common.TimeText;
import dev.mockloop.ui.sketch.SketchImages;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Two attempts at the same question side by side, the older on the left: sketches, the
 * score on each dimension with the change, planned against actual time per phase, verdicts
 * and failure modes.
 */
public final class CompareView extends BorderPane {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);
    private static final double SKETCH_WIDTH_PX = 520;

    private final Attempt left;
    private final Attempt right;

    /**
     * @param left   the older attempt
     * @param right  the newer attempt
     * @param onBack what the Back button does
     */
    public CompareView(Attempt left, Attempt right, ZoneId zone, Runnable onBack) {
        this(left, right, zone, onBack, null);
    }

    /**
     * @param left   the older attempt
     * @param right  the newer attempt
     * @param onBack what the Back button does
     * @param voice  makes each attempt's voice player (e.g. {@code VoiceNodes::standalone}), shown
     *               side by side under the sketches; null for none
     */
    public CompareView(Attempt left, Attempt right, ZoneId zone, Runnable onBack, Function<Attempt, Node> voice) {
        this.left = left;
        this.right = right;
        setId("compare-view");
        Button back = new Button("← History");
        back.setId("compare-back");
        back.getStyleClass().add("flat");
        back.setOnAction(e -> onBack.run());
        Label title = new Label(left.questionTitle());
        title.setId("compare-title");
        title.getStyleClass().add("title-2");
        title.setWrapText(true);

        VBox content = new VBox(18,
                new VBox(6, back, title),
                twoUp(a -> header(a, zone)),
                section("Sketches", twoUp(CompareView::sketch)),
                voice == null ? new VBox() : section("Voice", twoUp(voice)),
                section("Scores", scores()),
                section("Timings", timings()),
                section("Failure modes", twoUp(CompareView::failures)));
        content.setPadding(new Insets(16, 24, 24, 24));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }

    private Node twoUp(Function<Attempt, Node> part) {
        Node a = part.apply(left);
        Node b = part.apply(right);
        HBox row = new HBox(24, a, b);
        HBox.setHgrow(a, Priority.ALWAYS);
        HBox.setHgrow(b, Priority.ALWAYS);
        if (a instanceof javafx.scene.layout.Region r) {
            r.setMaxWidth(Double.MAX_VALUE);
            r.setPrefWidth(SKETCH_WIDTH_PX);
        }
        if (b instanceof javafx.scene.layout.Region r) {
            r.setMaxWidth(Double.MAX_VALUE);
            r.setPrefWidth(SKETCH_WIDTH_PX);
        }
        return row;
    }

    private static Node header(Attempt a, ZoneId zone) {
        Label when = new Label(DATE.format(a.startedAt().atZone(zone)));
        when.getStyleClass().add("title-4");
        String mean = Double.isNaN(a.meanScore()) ? "–" : String.format("%.1f", a.meanScore());
        Label verdict = new Label((a.finished() ? a.verdict().label() : "Unfinished") + " · mean " + mean + " · "
                + TimeText.duration(a.activeTime().toMillis()) + " in phases · " + a.frameworkTitle());
        verdict.getStyleClass().add("text-muted");
        verdict.setWrapText(true);
        return new VBox(2, when, verdict);
    }

    private static Node sketch(Attempt a) {
        byte[] png = a.sketchPng();
        if (png.length == 0 && a.sketchJson() != null && !a.sketchJson().isBlank()) {
            try {
                png = SketchImages.toPng(SketchCodec.fromJson(a.sketchJson()), 24);
            } catch (SketchFormatException e) {
                png = new byte[0];
            }
        }
        if (png.length == 0) {
            Label none = new Label("Nothing was drawn.");
            none.getStyleClass().add("text-muted");
            return new VBox(none);
        }
        ImageView view = new ImageView(new Image(new ByteArrayInputStream(png)));
        view.setPreserveRatio(true);
        view.setFitWidth(Math.min(SKETCH_WIDTH_PX, view.getImage().getWidth()));
        view.getStyleClass().add("sketch-image");
        return new VBox(view);
    }

    private Node scores() {
        GridPane grid = grid("Dimension", "Earlier", "Later", "Change");
        Map<String, String> titles = new LinkedHashMap<>();
        left.scores().forEach(s -> titles.put(s.dimensionId(), s.title()));
        right.scores().forEach(s -> titles.putIfAbsent(s.dimensionId(), s.title()));
        int row = 1;
        for (var dim : titles.entrySet()) {
            Integer a = score(left, dim.getKey());
            Integer b = score(right, dim.getKey());
            String change = a == null || b == null ? "" : b > a ? "+" + (b - a) : b < a ? String.valueOf(b - a) : "=";
            Label changeLabel = cell(change);
            changeLabel.setId("compare-change-" + dim.getKey());
            changeLabel.getStyleClass().add(b != null && a != null && b < a ? "overtime" : "text-bold");
            grid.addRow(row++, cell(dim.getValue()), cell(a == null ? "–" : a + " / 4"), cell(b == null ? "–" : b + " / 4"),
                    changeLabel);
        }
        grid.addRow(row, bold("Mean"), bold(mean(left)), bold(mean(right)), cell(""));
        return grid;
    }

    private Node timings() {
        GridPane grid = grid("Phase", "Planned", "Earlier", "Later");
        Set<String> phases = new LinkedHashSet<>();
        left.phases().forEach(p -> phases.add(p.title()));
        right.phases().forEach(p -> phases.add(p.title()));
        int row = 1;
        for (String phase : phases) {
            PhaseTime a = phase(left, phase);
            PhaseTime b = phase(right, phase);
            long planned = a != null ? a.plannedMs() : b.plannedMs();
            grid.addRow(row++, cell(phase), cell(TimeText.duration(planned)), actual(a), actual(b));
        }
        grid.addRow(row, bold("Total"), cell(""), bold(TimeText.duration(left.activeTime().toMillis())),
                bold(TimeText.duration(right.activeTime().toMillis())));
        return grid;
    }

    private static Label actual(PhaseTime p) {
        if (p == null) {
            return cell("–");
        }
        Label label = cell(TimeText.duration(p.actualMs()) + (p.overtimeMs() >= 1000 ? "  (+" + TimeText.duration(p.overtimeMs()) + ")" : ""));
        if (p.overtimeMs() >= 1000) {
            label.getStyleClass().add("overtime");
        }
        return label;
    }

    private static Node failures(Attempt a) {
        VBox list = new VBox(4);
        if (a.failureModes().isEmpty()) {
            Label none = new Label("None ticked.");
            none.getStyleClass().add("text-muted");
            list.getChildren().add(none);
        }
        for (FailureModeHit hit : a.failureModes()) {
            list.getChildren().add(new Label("• " + hit.title()));
        }
        return list;
    }

    private static Integer score(Attempt a, String dimensionId) {
        return a.scores().stream().filter(s -> dimensionId.equals(s.dimensionId())).map(DimensionScore::score)
                .findFirst().orElse(null);
    }

    private static PhaseTime phase(Attempt a, String title) {
        return a.phases().stream().filter(p -> title.equals(p.title())).findFirst().orElse(null);
    }

    private static String mean(Attempt a) {
        return Double.isNaN(a.meanScore()) ? "–" : String.format("%.1f", a.meanScore());
    }

    private static GridPane grid(String... headings) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < headings.length; i++) {
            grid.add(bold(headings[i]), i, 0);
            ColumnConstraints c = new ColumnConstraints();
            c.setMinWidth(i == 0 ? 220 : 110);
            grid.getColumnConstraints().add(c);
        }
        return grid;
    }

    private static Label cell(String text) {
        return new Label(text);
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-bold");
        return label;
    }

    private static Node section(String heading, Node body) {
        Label label = new Label(heading);
        label.getStyleClass().add("title-4");
        return new VBox(8, label, body);
    }
}
