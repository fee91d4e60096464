package dev.mockloop.sketch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The whiteboard as a vector document: pen strokes in z-order (first is at the bottom), in
 * sketch coordinates (px), with undo and redo.
 *
 * <p>Every change is a small edit object that can be applied and reverted, so later kinds of
 * element and operation (shapes, moves, restyles) slot into the same history. Stroke ids
 * are unique and never reused, and survive undo, redo and {@link SketchCodec}.
 *
 * <p>Not thread-safe: use a sketch from one thread (the UI thread, in the app). Listeners
 * run on the thread that made the change.
 */
public final class Sketch {

    /** The version of the JSON shape {@link SketchCodec} writes. */
    public static final int FORMAT_VERSION = 1;

    private final List<Stroke> strokes = new ArrayList<>();
    private final EditHistory history = new EditHistory();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private long nextId = 1;
    private long revision;

    /** Creates an empty sketch. */
    public Sketch() {
    }

    /**
     * Creates a sketch holding these strokes (bottom first) and no undo history, as when
     * opening a saved sketch. New strokes get ids above the highest id given.
     *
     * @throws IllegalArgumentException if two strokes share an id
     */
    public static Sketch of(List<Stroke> strokes) {
        Sketch sketch = new Sketch();
        Set<Long> ids = new HashSet<>();
        for (Stroke stroke : strokes) {
            if (!ids.add(stroke.id())) {
                throw new IllegalArgumentException("duplicate stroke id " + stroke.id());
            }
            sketch.strokes.add(stroke);
            sketch.nextId = Math.max(sketch.nextId, stroke.id() + 1);
        }
        return sketch;
    }

    /**
     * Adds a stroke on top of the others, as one undoable edit.
     *
     * @param color  ink colour, {@code #rrggbb}
     * @param width  line width, px
     * @param points the polyline, px; at least one point
     * @return the stored stroke, with its new id
     * @throws IllegalArgumentException if the points are empty, or the colour or width is
     *                                  invalid (see {@link Stroke})
     */
    public Stroke addStroke(String color, double width, List<Point> points) {
        Stroke stroke = new Stroke(nextId, color, width, points);
        nextId++;
        perform(new AddStrokeEdit(stroke));
        return stroke;
    }

    /** @return the strokes, bottom first; an unmodifiable snapshot */
    public List<Stroke> strokes() {
        return List.copyOf(strokes);
    }

    /** @return whether the sketch has no strokes */
    public boolean isEmpty() {
        return strokes.isEmpty();
    }

    /**
     * Removes every whole stroke whose ink comes within {@code radiusPx} of the point: the
     * distance to any segment of its polyline, less half its line width. All strokes removed
     * by one call undo as one edit; nothing is recorded when nothing is hit.
     *
     * @param x        eraser centre, px
     * @param y        eraser centre, px
     * @param radiusPx eraser radius, px (0 or more)
     * @return whether any stroke was removed
     * @throws IllegalArgumentException if the radius is negative or not finite
     */
    public boolean eraseAt(double x, double y, double radiusPx) {
        if (!Double.isFinite(radiusPx) || radiusPx < 0) {
            throw new IllegalArgumentException("eraser radius must be 0 px or more, got " + radiusPx);
        }
        List<Integer> hitIndices = new ArrayList<>();
        for (int i = 0; i < strokes.size(); i++) {
            if (StrokeGeometry.touches(strokes.get(i), x, y, radiusPx)) {
                hitIndices.add(i);
            }
        }
        if (hitIndices.isEmpty()) {
            return false;
        }
        int[] indices = hitIndices.stream().mapToInt(Integer::intValue).toArray();
        Stroke[] removed = new Stroke[indices.length];
        for (int i = 0; i < indices.length; i++) {
            removed[i] = strokes.get(indices[i]);
        }
        perform(new EraseStrokesEdit(indices, removed));
        return true;
    }

    /** Removes all strokes, as one undoable edit. Does nothing (records nothing) when empty. */
    public void clear() {
        if (!strokes.isEmpty()) {
            perform(new ClearEdit(strokes));
        }
    }

    /**
     * Starts a group: the edits made until {@link #endGroup()} undo and redo as one, e.g.
     * everything one eraser drag removed. Starting a group ends any open one; undo and redo
     * end it too. Listeners are still told of each edit as it happens.
     */
    public void beginGroup() {
        history.beginGroup();
    }

    /** Ends the group started by {@link #beginGroup()}; does nothing if none is open. */
    public void endGroup() {
        history.endGroup();
    }

    /** @return whether there is an edit to undo */
    public boolean canUndo() {
        return history.canUndo();
    }

    /** @return whether there is an undone edit to redo; any new edit clears redo */
    public boolean canRedo() {
        return history.canRedo();
    }

    /**
     * Reverts the last edit (or group).
     *
     * @return whether anything was undone
     */
    public boolean undo() {
        if (!history.canUndo()) {
            return false;
        }
        history.popUndo().revert(strokes);
        changed();
        return true;
    }

    /**
     * Re-applies the last undone edit (or group).
     *
     * @return whether anything was redone
     */
    public boolean redo() {
        if (!history.canRedo()) {
            return false;
        }
        history.popRedo().apply(strokes);
        changed();
        return true;
    }

    /**
     * The box the ink covers: every stroke's points grown by half its line width, so round
     * caps fit inside. Useful for exporting only the drawn area.
     *
     * @return the ink bounds in px, or empty when there are no strokes
     */
    public Optional<Bounds> bounds() {
        Bounds all = null;
        for (Stroke stroke : strokes) {
            Bounds b = StrokeGeometry.inkBounds(stroke);
            all = all == null ? b : all.union(b);
        }
        return Optional.ofNullable(all);
    }

    /**
     * A number that grows with every change (edit, undo, redo), so views and savers can tell
     * whether the document moved on since they last looked. Starts at 0; not saved.
     */
    public long revision() {
        return revision;
    }

    /** Registers a listener, called after every change (edit, undo, redo). */
    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener added with {@link #addListener}; does nothing if it is not there. */
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void perform(SketchEdit edit) {
        edit.apply(strokes);
        history.record(edit);
        changed();
    }

    private void changed() {
        revision++;
        for (Runnable listener : listeners) {
            listener.run();
        }
    }
}
