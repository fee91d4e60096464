package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Point;

/** Draws a freehand stroke; it is tidied and committed on release. */
final class PenGesture implements Gesture {

    private final SketchPadModel model;
    private final LiveStroke live;

    PenGesture(SketchPadModel model, double x, double y) {
        this.model = model;
        this.live = new LiveStroke(model.style().colorProperty().get(), model.style().penWidthProperty().get(), new Point(x, y));
    }

    LiveStroke live() {
        return live;
    }

    @Override
    public boolean drag(double x, double y, boolean shift) {
        return live.add(new Point(x, y));
    }

    @Override
    public void release(double x, double y, boolean shift) {
        live.add(new Point(x, y));
        model.sketch().addStroke(live.color(), live.width(), StrokeSmoothing.simplify(live.points()));
    }
}
