package dev.mockloop.ui.sketch;

import dev.mockloop.bench.Bench;
import dev.mockloop.sketch.Arrowheads;
import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Connector;
import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.Point;
import dev.mockloop.sketch.Shape;
import dev.mockloop.sketch.ShapeKind;
import dev.mockloop.sketch.Sketch;
import dev.mockloop.sketch.SketchCodec;
import dev.mockloop.sketch.Stroke;
import dev.mockloop.sketch.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sketch pad with 1k, 10k and 20k elements on the board (80 % freehand strokes of 12 to
 * 20 points, 10 % labelled boxes, 10 % arrows, spread over 4,000 × 2,500 px and all in view):
 * <ul>
 *   <li>{@code sketch.add_segment_<n>}: one pointer move while drawing with the pen, fired as
 *       a mouse event on the board, until its pixels are rendered;</li>
 *   <li>{@code sketch.redraw_<n>}: one frame of panning, until rendered: the mean of 120 pan
 *       steps of 64 px at 100 % across the content, each step what one frame does (the tiles
 *       move, and new tiles are painted within the frame's budget, those in view first);
 *       {@code sketch.pan_worst_<n>} is the slowest step and {@code sketch.pan_unpainted_<n>}
 *       the number of steps that left part of the view unpainted for a frame;</li>
 *   <li>{@code sketch.rerender_<n>}: every element in view painted from scratch into new
 *       tiles with all of them in view, as once a zoom settles (the whole view at once, every
 *       tile in view painted before the timing ends: the board paints tiles on all cores and
 *       waits for them; the app spreads it over frames);</li>
 *   <li>{@code sketch.undo_<n>}: undoing the last stroke, repaint included;</li>
 *   <li>{@code sketch.json_roundtrip_<n>}: encoding the sketch with its timeline and decoding it.</li>
 * </ul>
 * "Until rendered": each run ends with a snapshot of a 1 × 1 px corner of the board, which
 * makes JavaFX render the whole board (the software pipeline, as on CI and under Xvfb):
 * rasterise every canvas command still pending (grid, overlay) and upload the pixels of every
 * tile image painted or changed since the last render; that snapshot alone costs
 * {@code sketch.render_floor}. Tiles are painted into their pixel buffers before the timed
 * call returns, by the FX thread and helper threads it waits for, so nothing is still being
 * painted elsewhere when the snapshot is taken. Medians of 31 runs after 5 warm-ups, on the
 * FX thread. The smoke run ({@link Bench#smoke()}) has 200
 * elements and runs each once.
 */
@ExtendWith(ApplicationExtension.class)
class SketchBench {

    private static final int[] SIZES = Bench.smoke() ? new int[] {200} : new int[] {1_000, 10_000, 20_000};
    /** Pan steps in a sweep, there and back. */
    private static final int STEPS = Bench.size(120, 4);
    private static final double WIDTH = 4_000;
    private static final double HEIGHT = 2_500;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void sketchPad() throws Exception {
        for (int n : SIZES) {
            int size = n;
            if (java.util.stream.Stream.of("json_roundtrip_", "render_floor", "add_segment_", "redraw_", "pan_",
                    "rerender_", "undo_").noneMatch(r -> Bench.wanted("sketch." + r + size))) {
                continue;
            }
            Sketch sketch = build(n, new Random(42));
            if (Bench.wanted("sketch.json_roundtrip_" + n)) {
                Bench.report("sketch.json_roundtrip_" + n, Bench.medianMillis(2, 7, () -> {
                    try {
                        return SketchCodec.fromJson(SketchCodec.toJson(sketch)).size();
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }), "ms");
            }
            SketchPad pad = fx(() -> {
                SketchPad p = new SketchPad(sketch);
                stage.setScene(new Scene(p, 1200, 760));
                stage.show();
                return p;
            });
            WaitForAsyncUtils.waitForFxEvents();
            SketchPadModel model = pad.model();
            SketchBoard board = fx(() -> (SketchBoard) pad.lookup("#sketch-canvas").getParent());
            fx(() -> {
                model.fitToContent();
                board.redrawAll();
                board.rebuild();
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            if (n == SIZES[0] && Bench.wanted("sketch.render_floor")) {
                Bench.report("sketch.render_floor", fx(() -> Bench.medianMillis(5, 31, () -> render(board))), "ms");
            }
            if (Bench.wanted("sketch.add_segment_" + n)) {
                Bench.report("sketch.add_segment_" + n, fx(() -> addSegment(board)), "ms");
            }
            if (Bench.wanted("sketch.redraw_" + n) || Bench.wanted("sketch.pan_")) {
                double[] sweep = fx(() -> panSweep(model, board));
                Bench.report("sketch.redraw_" + n, sweep[0], "ms");
                Bench.report("sketch.pan_worst_" + n, sweep[1], "ms");
                Bench.report("sketch.pan_unpainted_" + n, sweep[2], "steps");
                fx(() -> {
                    model.fitToContent();
                    board.redrawAll();
                    board.rebuild();
                    return render(board);
                });
            }
            if (Bench.wanted("sketch.rerender_" + n)) {
                Bench.report("sketch.rerender_" + n, fx(() -> Bench.medianMillis(2, 7, () -> {
                    board.rebuild();
                    return render(board);
                })), "ms");
            }
            if (Bench.wanted("sketch.undo_" + n)) {
                Bench.report("sketch.undo_" + n, fx(() -> undo(model, board)), "ms");
            }
            fx(() -> {
                pad.dispose();
                return null;
            });
        }
    }

    /**
     * Pans at 100 % across the content in 64 px steps ({@value #STEPS} of them, there and
     * back), each step one frame's work: the view moves, missing tiles are painted within the
     * frame's budget. Before it the board is left idle until its idle work is done (the ring of
     * tiles around the view painted, spare tile buffers allocated), as between a person's gestures.
     *
     * @return the mean step, the worst step (ms) and how many steps left part of the view unpainted
     */
    private static double[] panSweep(SketchPadModel model, SketchBoard board) {
        model.viewport().reset();
        board.redrawAll();
        board.rebuild();
        while (board.paintFrame()) {
            render(board);
        }
        render(board);
        long total = 0;
        long worst = 0;
        int unpainted = 0;
        for (int step = 0; step < STEPS; step++) {
            long start = System.nanoTime();
            boolean out = step < STEPS / 2;
            model.viewport().panBy(out ? -64 : 64, out ? -16 : 16);
            board.redrawAll();
            render(board);
            long took = System.nanoTime() - start;
            total += took;
            worst = Math.max(worst, took);
            if (!board.viewPainted()) {
                unpainted++;
            }
        }
        return new double[] {total / (double) STEPS / 1e6, worst / 1e6, unpainted};
    }

    /** One pen drag event on the board, with the pen down mid-stroke. */
    private static double addSegment(Node board) {
        double[] x = {300};
        fire(board, MouseEvent.MOUSE_PRESSED, x[0], 300);
        double ms = Bench.medianMillis(5, 31, () -> {
            x[0] += 3;
            fire(board, MouseEvent.MOUSE_DRAGGED, x[0], 300 + (x[0] % 7));
            return render(board);
        });
        fire(board, MouseEvent.MOUSE_RELEASED, x[0], 300);
        return ms;
    }

    /** Undoing a fresh stroke on top of everything; each run first redoes it, untimed. */
    private static double undo(SketchPadModel model, Node board) {
        model.sketch().addStroke("#1f2937", 2.5, List.of(new Point(1000, 1000), new Point(1040, 1010),
                new Point(1080, 990)));
        render(board);
        long[] nanos = new long[Bench.size(36, 6)];
        for (int i = 0; i < nanos.length; i++) {
            if (model.sketch().canRedo()) {
                model.redo();
                render(board);
            }
            long start = System.nanoTime();
            model.undo();
            render(board);
            nanos[i] = System.nanoTime() - start;
        }
        long[] measured = java.util.Arrays.copyOfRange(nanos, 5, nanos.length);
        java.util.Arrays.sort(measured);
        return measured[measured.length / 2] / 1e6;
    }

    private static long render(Node board) {
        SnapshotParameters params = new SnapshotParameters();
        params.setViewport(new Rectangle2D(0, 0, 1, 1));
        WritableImage img = board.snapshot(params, new WritableImage(1, 1));
        return (long) img.getWidth();
    }

    private static void fire(Node board, javafx.event.EventType<MouseEvent> type, double x, double y) {
        Event.fireEvent(board, new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false, false,
                true, false, false, true, false, true, null));
    }

    /** A sketch of n elements made through the API, so its timeline holds n inserts. */
    static Sketch build(int n, Random random) {
        Sketch sketch = new Sketch();
        List<Element> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // Coordinates to 1/100 px, as the pad stores pointer positions.
            double x = hundredths(random.nextDouble() * WIDTH);
            double y = hundredths(random.nextDouble() * HEIGHT);
            Element e;
            if (i % 10 == 3) {
                e = new Shape(0, ShapeKind.ROUNDED_BOX, Bounds.ofSize(x, y, 90, 40),
                        new Style("#1f2937", 2, "#dbeafe"), "S" + i, Shape.DEFAULT_FONT_SIZE, null);
            } else if (i % 10 == 7) {
                e = Connector.of(new Point(x, y), new Point(hundredths(x + random.nextDouble() * 120), y + 60), Style.DEFAULT,
                        Arrowheads.END);
            } else {
                List<Point> points = new ArrayList<>();
                double px = x;
                double py = y;
                int count = 12 + random.nextInt(9);
                for (int k = 0; k < count; k++) {
                    points.add(new Point(px, py));
                    px = hundredths(px + 2 + random.nextDouble() * 6);
                    py = hundredths(py + random.nextDouble() * 8 - 4);
                }
                e = new Stroke(0, "#1f2937", 2.5, points);
            }
            sketch.add(e);
        }
        return sketch;
    }

    private static double hundredths(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(600, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX-thread call failed", e);
        }
    }
}
