package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Point;
import dev.mockloop.sketch.Sketch;
import dev.mockloop.sketch.Stroke;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * Draws sketches onto a canvas: the one place that decides how ink looks, so the pad on
 * screen and the exported PNG match. Coordinates are sketch px; callers that pan, zoom or
 * crop set a transform on the {@link GraphicsContext} first. Call on the FX thread (as
 * with any canvas drawing).
 */
public final class SketchRenderer {

    /** The whiteboard's colour, on screen and in exports. */
    public static final Color BOARD_COLOR = Color.WHITE;

    private SketchRenderer() {
    }

    /** Fills the rectangle (0, 0)-({@code width}, {@code height}) px with the board colour. */
    public static void drawBoard(GraphicsContext g, double width, double height) {
        g.setFill(BOARD_COLOR);
        g.fillRect(0, 0, width, height);
    }

    /**
     * Draws all strokes of the sketch, bottom first, then the stroke being drawn on top.
     *
     * @param live the stroke in progress, or null
     */
    public static void drawSketch(GraphicsContext g, Sketch sketch, LiveStroke live) {
        for (Stroke stroke : sketch.strokes()) {
            drawPolyline(g, stroke.color(), stroke.width(), stroke.points());
        }
        if (live != null) {
            drawPolyline(g, live.color(), live.width(), live.points());
        }
    }

    /**
     * Draws one polyline with round caps and joins; a single point becomes a dot of
     * diameter {@code width}.
     *
     * @param color  {@code #rrggbb}
     * @param width  line width, px
     * @param points vertices, px; nothing is drawn when empty
     */
    public static void drawPolyline(GraphicsContext g, String color, double width, List<Point> points) {
        if (points.isEmpty()) {
            return;
        }
        Color paint = Color.web(color);
        Point first = points.get(0);
        if (points.size() == 1) {
            drawDot(g, paint, width, first);
            return;
        }
        g.save();
        applyPen(g, paint, width);
        g.beginPath();
        g.moveTo(first.x(), first.y());
        for (int i = 1; i < points.size(); i++) {
            g.lineTo(points.get(i).x(), points.get(i).y());
        }
        g.stroke();
        g.restore();
    }

    /**
     * Draws one segment of a stroke in progress, so a drag costs one line, not a redraw.
     * With round caps the segments join as the full polyline would.
     *
     * @param color {@code #rrggbb}
     * @param width line width, px
     */
    public static void drawSegment(GraphicsContext g, String color, double width, Point from, Point to) {
        g.save();
        applyPen(g, Color.web(color), width);
        g.strokeLine(from.x(), from.y(), to.x(), to.y());
        g.restore();
    }

    /** Draws a dot of diameter {@code width} px centred on {@code at}: a stroke of one point. */
    public static void drawDot(GraphicsContext g, Color paint, double width, Point at) {
        g.setFill(paint);
        g.fillOval(at.x() - width / 2, at.y() - width / 2, width, width);
    }

    private static void applyPen(GraphicsContext g, Color paint, double width) {
        g.setStroke(paint);
        g.setLineWidth(width);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
    }
}
