package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Arrowheads;
import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Connector;
import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.Shape;
import dev.mockloop.sketch.ShapeKind;
import dev.mockloop.sketch.Snapping;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Picks the gesture a press starts, and the snapping and attaching helpers gestures share. */
final class Gestures {

    private Gestures() {
    }

    /** @return the gesture for a press with this tool at (x, y), or null when the press only selects */
    static Gesture start(SketchPadModel model, SketchTool tool, double x, double y, boolean shift) {
        return switch (tool) {
            case PEN -> new PenGesture(model, x, y);
            case ERASER -> new EraserGesture(model, x, y);
            case LINE -> new ConnectorGesture(model, Arrowheads.NONE, x, y);
            case ARROW -> new ConnectorGesture(model, Arrowheads.END, x, y);
            case RECTANGLE -> new ShapeGesture(model, ShapeKind.RECTANGLE, x, y);
            case ROUNDED_BOX -> new ShapeGesture(model, ShapeKind.ROUNDED_BOX, x, y);
            case ELLIPSE -> new ShapeGesture(model, ShapeKind.ELLIPSE, x, y);
            case CYLINDER -> new ShapeGesture(model, ShapeKind.CYLINDER, x, y);
            case TEXT, STENCIL -> new PlaceGesture(model, tool);
            case SELECT -> selectPress(model, x, y, shift);
        };
    }

    private static Gesture selectPress(SketchPadModel model, double x, double y, boolean shift) {
        Handles.Handle handle = shift ? null : Handles.at(model, x, y);
        if (handle != null) {
            Element target = model.selectedElements().get(0);
            if (target instanceof Connector c) {
                return new EndpointGesture(model, c, handle == Handles.Handle.START, x, y);
            }
            return new ResizeGesture(model, (Shape) target, handle, x, y);
        }
        Optional<Element> hit = model.sketch().hit(x, y, model.tolerance());
        Set<Long> selected = new LinkedHashSet<>(model.selection());
        if (hit.isPresent()) {
            long id = hit.get().id();
            if (shift) {
                if (!selected.remove(id)) {
                    selected.add(id);
                }
                model.select(selected);
                return selected.contains(id) ? new MoveGesture(model, x, y, 0) : null;
            }
            if (!selected.contains(id)) {
                model.select(List.of(id));
                return new MoveGesture(model, x, y, 0);
            }
            return new MoveGesture(model, x, y, id);
        }
        if (!shift) {
            model.select(List.of());
        }
        return new BandGesture(model, x, y, selected, shift);
    }

    /** @return boxes of shapes to snap to, leaving out these ids (the ones being moved) */
    static List<Bounds> snapTargets(SketchPadModel model, Set<Long> exclude) {
        if (!model.snapToShapesProperty().get()) {
            return List.of();
        }
        List<Bounds> out = new ArrayList<>();
        for (Element e : model.sketch().elements()) {
            if (e instanceof Shape s && !exclude.contains(s.id())) {
                out.add(s.box());
            }
        }
        return out;
    }

    /** @return the grid spacing to snap to, 0 when the grid is off */
    static double grid(SketchPadModel model) {
        return model.gridProperty().get() ? SketchPadModel.GRID_PX : 0;
    }

    /** Snaps a point (a new shape's corner, a resized edge) to shapes' lines or the grid. */
    static Snapping.Result snapPoint(SketchPadModel model, double x, double y, Set<Long> exclude) {
        return Snapping.snapPoint(x, y, snapTargets(model, exclude),
                model.screenToSketch(SketchPadModel.SNAP_TOLERANCE_PX), grid(model));
    }

    /** @return the topmost shape under (x, y) (within the hit tolerance), other than {@code except}, for attaching */
    static Shape shapeAt(SketchPadModel model, double x, double y, long except) {
        List<Element> all = model.sketch().elements();
        double tol = model.tolerance();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i) instanceof Shape s && s.id() != except && s.box().grow(tol).contains(x, y)) {
                return s;
            }
        }
        return null;
    }

    /** After a shape tool's element is added: select it and go back to the select tool. */
    static void selectNew(SketchPadModel model, Element added) {
        model.select(List.of(added.id()));
        model.toolProperty().set(SketchTool.SELECT);
    }
}
