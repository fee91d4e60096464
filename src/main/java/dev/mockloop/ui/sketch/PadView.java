package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Bounds;
import java.util.Optional;

/** The pad's view actions that need the board's size (screen px): fit, zoom about the centre. */
final class PadView {

    /** Space left around fitted content, screen px. */
    private static final double FIT_MARGIN_PX = 32;

    private final Viewport viewport;
    private double boardWidth = 640;
    private double boardHeight = 480;

    PadView(Viewport viewport) {
        this.viewport = viewport;
    }

    void setBoardSize(double width, double height) {
        boardWidth = width;
        boardHeight = height;
    }

    /** Fits the ink's box to the board, or resets the view when there is none. */
    void fit(Optional<Bounds> ink) {
        if (ink.isPresent()) {
            viewport.fit(ink.get(), boardWidth, boardHeight, FIT_MARGIN_PX);
        } else {
            viewport.reset();
        }
    }

    void zoomBy(double factor) {
        viewport.zoomAt(factor, boardWidth / 2, boardHeight / 2);
    }

    void zoomReset() {
        viewport.setScaleAt(1, boardWidth / 2, boardHeight / 2);
    }
}
