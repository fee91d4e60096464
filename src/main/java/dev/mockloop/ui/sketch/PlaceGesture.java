package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Shape;
import dev.mockloop.sketch.Snapping;
import java.util.Set;

/** Text and stencil tools: on release, start a text label or place the armed stencil there. */
final class PlaceGesture implements Gesture {

    private final SketchPadModel model;
    private final SketchTool tool;

    PlaceGesture(SketchPadModel model, SketchTool tool) {
        this.model = model;
        this.tool = tool;
    }

    @Override
    public boolean drag(double x, double y, boolean shift) {
        return false;
    }

    @Override
    public void release(double x, double y, boolean shift) {
        if (tool == SketchTool.TEXT) {
            model.editing().startText(x, y);
            return;
        }
        Shape template = model.stencilProperty().get().template(x, y, model.style().colorProperty().get());
        Snapping.Result snap = Snapping.snapBox(template.box(), Gestures.snapTargets(model, Set.of()),
                model.screenToSketch(SketchPadModel.SNAP_TOLERANCE_PX), Gestures.grid(model));
        Gestures.selectNew(model, model.sketch().add(template.translated(snap.dx(), snap.dy())));
    }
}
