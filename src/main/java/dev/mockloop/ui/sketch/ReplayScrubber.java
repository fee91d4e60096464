package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Timeline;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The replay's time axis: one band per phase, titled, with a tick for every change to the
 * sketch and a playhead. Click or drag to scrub; with focus, Left and Right step 5 s
 * (Shift: 30 s), Home and End jump to the ends.
 */
public final class ReplayScrubber extends Region {

    static final double HEIGHT = 46;
    private static final Color[] BANDS = {Color.web("#eef2ff"), Color.web("#f0fdf4")};
    private static final Color TICK = Color.web("#64748b");
    private static final Color HEAD = Color.web("#2563eb");

    private final SketchReplayModel model;
    private final Timeline timeline;
    private final Canvas canvas = new Canvas();

    /**
     * @param model    the replay's state: its moment, length and phases
     * @param timeline the sketch's timeline, for a tick per change (an empty one for none)
     */
    public ReplayScrubber(SketchReplayModel model, Timeline timeline) {
        this.model = model;
        this.timeline = timeline;
        setId("replay-scrubber");
        setFocusTraversable(true);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        canvas.setHeight(HEIGHT);
        getChildren().add(canvas);
        canvas.widthProperty().addListener((o, was, now) -> draw());
        canvas.heightProperty().addListener((o, was, now) -> draw());
        model.timeProperty().addListener((o, was, now) -> draw());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::scrub);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::scrub);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 420;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(snapSizeX(getWidth()));
        canvas.setHeight(HEIGHT);
    }

    private double xOf(double ms) {
        return 1 + (canvas.getWidth() - 2) * ms / model.endMs();
    }

    private void scrub(MouseEvent e) {
        requestFocus();
        double w = Math.max(1, canvas.getWidth() - 2);
        model.timeProperty().set((e.getX() - 1) / w * model.endMs());
        e.consume();
    }

    private void onKey(KeyEvent e) {
        double step = e.isShiftDown() ? 30_000 : 5_000;
        double now = model.timeProperty().get();
        if (e.getCode() == KeyCode.LEFT) {
            model.timeProperty().set(now - step);
        } else if (e.getCode() == KeyCode.RIGHT) {
            model.timeProperty().set(now + step);
        } else if (e.getCode() == KeyCode.HOME) {
            model.timeProperty().set(0);
        } else if (e.getCode() == KeyCode.END) {
            model.timeProperty().set(model.endMs());
        } else {
            return;
        }
        e.consume();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        g.clearRect(0, 0, w, HEIGHT);
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        int k = 0;
        for (PhaseMark p : model.phases()) {
            double x0 = xOf(p.startMs());
            double x1 = xOf(p.endMs());
            g.setFill(BANDS[k++ % 2]);
            g.fillRect(x0, 0, x1 - x0, 24);
            g.setStroke(Color.web("#cbd5e1"));
            g.strokeLine(Math.round(x0) + 0.5, 0, Math.round(x0) + 0.5, HEIGHT);
            g.setFill(Color.web("#334155"));
            g.save();
            g.beginPath();
            g.rect(x0, 0, Math.max(0, x1 - x0 - 2), 24);
            g.clip();
            g.fillText(p.title(), x0 + 4, 12);
            g.restore();
        }
        g.setStroke(TICK);
        g.setLineWidth(1);
        for (Timeline.Entry entry : timeline.entries()) {
            double x = Math.round(xOf(entry.atMs())) + 0.5;
            g.strokeLine(x, 28, x, 40);
        }
        double head = xOf(model.timeProperty().get());
        g.setStroke(HEAD);
        g.setLineWidth(2);
        g.strokeLine(head, 0, head, HEIGHT);
        g.setFill(HEAD);
        g.fillPolygon(new double[] {head - 5, head + 5, head}, new double[] {HEIGHT - 6, HEIGHT - 6, HEIGHT - 12}, 3);
    }
}
