package dev.mockloop.ui.sketch;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The board itself in its {@link BoardLook} colour (white, or dark in the dark theme), with
 * the snapping grid drawn faintly when it is on (every fifth line a little stronger). When
 * zoomed out so far that lines would crowd, only every fifth line is drawn.
 */
final class GridLayer extends Canvas {

    /** The board's colour in exports and on the light board. */
    static final Color BOARD = Color.WHITE;

    private final Viewport viewport;
    private boolean gridOn;
    private BoardLook look = BoardLook.LIGHT;

    GridLayer(Viewport viewport) {
        this.viewport = viewport;
        setMouseTransparent(true);
    }

    void setGridOn(boolean on) {
        gridOn = on;
        redraw();
    }

    void setLook(BoardLook now) {
        look = now;
        redraw();
    }

    void redraw() {
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(look.board());
        g.fillRect(0, 0, getWidth(), getHeight());
        if (!gridOn) {
            return;
        }
        double step = SketchPadModel.GRID_PX * viewport.scale();
        int every = 1;
        while (step * every < 8) {
            every *= 5;
        }
        g.setLineWidth(1);
        drawLines(g, step, every, true);
        drawLines(g, step, every, false);
    }

    private void drawLines(GraphicsContext g, double step, int every, boolean vertical) {
        double offset = vertical ? viewport.offsetX() : viewport.offsetY();
        double length = vertical ? getHeight() : getWidth();
        double extent = vertical ? getWidth() : getHeight();
        long first = (long) Math.floor(-offset / step);
        long last = (long) Math.ceil((extent - offset) / step);
        for (long i = first; i <= last; i++) {
            if (i % every != 0) {
                continue;
            }
            g.setStroke(i % (every * 5L) == 0 ? look.majorGrid() : look.minorGrid());
            double at = Math.round(offset + i * step) + 0.5;
            if (vertical) {
                g.strokeLine(at, 0, at, length);
            } else {
                g.strokeLine(0, at, length, at);
            }
        }
    }
}
