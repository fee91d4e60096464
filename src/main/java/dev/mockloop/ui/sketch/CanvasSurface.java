package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.paint.Surface;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Paints on a JavaFX canvas: the pad's layers and PNG exports. Colours and fonts are
 * parsed once and cached, since a redraw of 20,000 elements asks for them 20,000 times.
 * Leaves the context's transform and clip alone; sets its line caps and joins to round.
 */
final class CanvasSurface implements Surface {

    private static final Map<String, Color> COLORS = new HashMap<>();
    private static final Map<Double, Font> FONTS = new HashMap<>();

    private final GraphicsContext g;
    private final BoardLook look;

    /** A surface that paints stored colours as they are, as exports do. */
    CanvasSurface(GraphicsContext g) {
        this(g, BoardLook.LIGHT);
    }

    /** @param look how the board on screen shows stored colours */
    CanvasSurface(GraphicsContext g, BoardLook look) {
        this.g = g;
        this.look = look;
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setTextBaseline(VPos.CENTER);
    }

    /** @return the font labels are drawn in at this size, px */
    static Font font(double size) {
        return FONTS.computeIfAbsent(size, s -> Font.font("System", s));
    }

    /** @return the colour for {@code #rrggbb} */
    static Color color(String hex) {
        return COLORS.computeIfAbsent(hex, Color::web);
    }

    @Override
    public void beginPath() {
        g.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        g.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        g.lineTo(x, y);
    }

    @Override
    public void quadTo(double cx, double cy, double x, double y) {
        g.quadraticCurveTo(cx, cy, x, y);
    }

    @Override
    public void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        g.bezierCurveTo(c1x, c1y, c2x, c2y, x, y);
    }

    @Override
    public void closePath() {
        g.closePath();
    }

    @Override
    public void drawPath(String fill, String stroke, double width) {
        if (fill != null) {
            g.setFill(look.color(fill));
            g.fill();
        }
        if (stroke != null) {
            g.setStroke(look.color(stroke));
            g.setLineWidth(width);
            g.stroke();
        }
    }

    @Override
    public void text(String text, double x, double y, double fontSize, boolean centred, String color) {
        g.setFont(font(fontSize));
        g.setTextAlign(centred ? TextAlignment.CENTER : TextAlignment.LEFT);
        g.setFill(look.color(color));
        g.fillText(text, x, y);
    }
}
