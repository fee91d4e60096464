package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.Stroke;
import java.util.List;
import java.util.Optional;

/**
 * The pointer gesture under way on a pad, if any, from press to release or cancel, with the
 * last pointer position (so a new press can end an open gesture where it was). Pointer
 * positions are kept to 1/100 px: finer than any screen shows, and short in the saved JSON
 * (a zoomed pointer would otherwise give 17-digit coordinates).
 */
final class GestureRun {

    private final SketchPadModel model;
    private Gesture gesture;
    private double lastX;
    private double lastY;

    GestureRun(SketchPadModel model) {
        this.model = model;
    }

    /** Ends any open gesture where the pointer last was, then starts one with this tool at (x, y), sketch px. */
    void press(SketchTool tool, double x, double y, boolean shift) {
        finish();
        model.editing().commitLabelIfOpen();
        lastX = round(x);
        lastY = round(y);
        gesture = Gestures.start(model, tool, lastX, lastY, shift);
    }

    /** @return whether the live stroke gained a segment; false with no gesture */
    boolean drag(double x, double y, boolean shift) {
        if (gesture == null) {
            return false;
        }
        lastX = round(x);
        lastY = round(y);
        return gesture.drag(lastX, lastY, shift);
    }

    /** Commits the gesture's edit, if a gesture is under way. */
    void release(double x, double y, boolean shift) {
        if (gesture == null) {
            return;
        }
        Gesture done = gesture;
        gesture = null;
        done.release(round(x), round(y), shift);
        model.setPreview(Preview.NONE);
    }

    /** Abandons the gesture under way, committing nothing. */
    void cancel() {
        if (gesture != null) {
            Gesture done = gesture;
            gesture = null;
            done.cancel();
            model.setPreview(Preview.NONE);
        }
    }

    /**
     * A double click: with the select or text tool, edits the label of the element under the
     * pointer, or starts a new text label on empty board.
     */
    void doubleClick(SketchTool tool, double x, double y) {
        cancel();
        Optional<Element> hit = model.sketch().hit(x, y, model.tolerance());
        if (hit.isPresent() && !(hit.get() instanceof Stroke)) {
            model.select(List.of(hit.get().id()));
            model.editing().editLabel(hit.get().id());
        } else if (tool == SketchTool.SELECT || tool == SketchTool.TEXT) {
            model.editing().startText(x, y);
        }
    }

    boolean active() {
        return gesture != null;
    }

    /** @return the stroke being drawn, or null when the pen is up */
    LiveStroke liveStroke() {
        return gesture instanceof PenGesture pen ? pen.live() : null;
    }

    private void finish() {
        if (gesture != null) {
            release(lastX, lastY, false);
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
