package dev.mockloop.sketch;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The whiteboard as a vector document: {@link Element}s in z-order (first is at the
 * bottom), in sketch coordinates (px) on an unbounded plane, with unlimited undo and redo
 * and a {@link Timeline} of every change.
 *
 * <p>Every change is an edit made of three primitives (insert, remove, replace), so each
 * operation undoes as one step and replays exactly. Element ids are unique, never reused,
 * and survive undo, redo and {@link SketchCodec}. Connectors attached to shapes are kept
 * on them by every operation that moves, resizes or removes a shape.
 *
 * <p>Not thread-safe: use a sketch from one thread (the UI thread, in the app). Listeners
 * run on the thread that made the change.
 */
public final class Sketch {

    /** The version of the JSON shape {@link SketchCodec} writes; it reads 1 and up. */
    public static final int FORMAT_VERSION = 2;

    private final Document doc;
    private final EditHistory history = new EditHistory();
    private final SketchListeners listeners = new SketchListeners();
    private long nextId;

    /** Creates an empty sketch. */
    public Sketch() {
        this(List.of(), null);
    }

    private Sketch(List<? extends Element> elements, Timeline timeline) {
        Timeline log = timeline == null ? new Timeline(elements) : timeline;
        doc = new Document(elements, log);
        nextId = Math.max(log.highestId(), elements.stream().mapToLong(Element::id).max().orElse(0)) + 1;
    }

    /**
     * Creates a sketch holding these elements (bottom first) and no undo history, as when
     * opening a saved sketch; its timeline starts from them. New elements get ids above the
     * highest id given.
     *
     * @throws IllegalArgumentException if two elements share an id or an id is not above 0
     */
    public static Sketch of(List<? extends Element> elements) {
        return new Sketch(elements, null);
    }

    /** A decoded sketch with its timeline, which must replay to {@code elements}. */
    static Sketch restore(List<? extends Element> elements, Timeline timeline) {
        return new Sketch(elements, timeline);
    }

    /** Sets where operation stamps come from (the round's clock and phase); {@link SketchClock#NONE} by default. */
    public void setClock(SketchClock clock) {
        doc.setClock(Objects.requireNonNull(clock, "clock"));
    }

    /** @return the log of every change, stamped, for replay */
    public Timeline timeline() {
        return doc.timeline();
    }

    // ----- adding

    /**
     * Adds a freehand stroke on top of the others, as one undoable edit.
     *
     * @param color  ink colour, {@code #rrggbb}
     * @param width  line width, px
     * @param points the polyline, px; at least one point
     * @return the stored stroke, with its new id
     * @throws IllegalArgumentException if the points are empty, or the colour or width is invalid
     */
    public Stroke addStroke(String color, double width, List<Point> points) {
        return add(new Stroke(0, color, width, points));
    }

    /**
     * Adds an element on top with a new id, as one undoable edit. A connector keeps its
     * attachments to shapes in the sketch (and is routed onto them); others are let go.
     *
     * @param template the element; its id is ignored
     * @return the stored element
     */
    @SuppressWarnings("unchecked")
    public <E extends Element> E add(E template) {
        Edits.Insert edit = SketchOps.add(doc, List.of(template.withId(0)), nextId, true);
        nextId++;
        perform(edit);
        return (E) edit.elements()[0];
    }

    /**
     * Adds copies of elements on top with new ids, as one undoable edit (paste, duplicate).
     * Connectors attached to shapes in the batch attach to the copies; other ends are let go.
     *
     * @param templates elements, bottom first; their ids link connectors to shapes in the batch
     * @return the stored copies, in the same order
     */
    public List<Element> addAll(List<? extends Element> templates) {
        if (templates.isEmpty()) {
            return List.of();
        }
        Edits.Insert edit = SketchOps.add(doc, templates, nextId, false);
        nextId += templates.size();
        perform(edit);
        return List.of(edit.elements());
    }

    // ----- changing

    /**
     * Replaces elements by new versions with the same ids (restyle, relabel, resize, move
     * an end), as one undoable edit; connectors attached to a shape whose box changed follow it.
     *
     * @throws IllegalArgumentException if an id is not in the sketch or an element changes kind
     */
    public void update(Collection<? extends Element> changed) {
        performIfAny(SketchOps.update(doc, changed));
    }

    /** Replaces one element; see {@link #update(Collection)}. */
    public void update(Element changed) {
        update(List.of(changed));
    }

    /**
     * Moves elements by (dx, dy) px as one undoable edit. Attached connectors follow their
     * shapes; a moved connector lets go of any shape that is not moved with it. Unknown ids
     * are ignored.
     */
    public void move(Collection<Long> ids, double dx, double dy) {
        if (dx != 0 || dy != 0) {
            performIfAny(SketchOps.move(doc, ids, dx, dy));
        }
    }

    /**
     * Removes elements as one undoable edit; connectors attached to them let go and stay.
     *
     * @return whether anything was removed (unknown ids are ignored)
     */
    public boolean remove(Collection<Long> ids) {
        return performIfAny(SketchOps.remove(doc, ids));
    }

    /** Puts elements on top of all others, keeping their order, as one undoable edit. */
    public void bringToFront(Collection<Long> ids) {
        performIfAny(SketchOps.toFront(doc, ids));
    }

    /** Puts elements below all others, keeping their order, as one undoable edit. */
    public void sendToBack(Collection<Long> ids) {
        performIfAny(SketchOps.toBack(doc, ids));
    }

    /**
     * Removes every whole element whose ink comes within {@code radiusPx} of the point: a
     * stroke's line, a shape's outline (or its inside when filled), a connector's line or
     * label. All removed by one call undo as one edit; nothing is recorded when nothing is hit.
     *
     * @return whether anything was removed
     * @throws IllegalArgumentException if the radius is negative or not finite
     */
    public boolean eraseAt(double x, double y, double radiusPx) {
        if (!Double.isFinite(radiusPx) || radiusPx < 0) {
            throw new IllegalArgumentException("eraser radius must be 0 px or more, got " + radiusPx);
        }
        List<Long> hit = doc.view().stream().filter(e -> ElementGeometry.inkHit(e, x, y, radiusPx))
                .map(Element::id).toList();
        return !hit.isEmpty() && remove(hit);
    }

    /** Removes everything, as one undoable edit. Does nothing (records nothing) when empty. */
    public void clear() {
        if (doc.size() > 0) {
            performIfAny(SketchOps.remove(doc, doc.view().stream().map(Element::id).toList()));
        }
    }

    // ----- previews (nothing changes)

    /**
     * The elements as {@link #update(Collection)} would leave them, without changing the
     * sketch: the given ones with connectors routed, plus every attached connector that
     * would follow a changed shape. For showing a resize or end drag live.
     *
     * @throws IllegalArgumentException if an id is not in the sketch or an element changes kind
     */
    public List<Element> preview(Collection<? extends Element> changed) {
        return List.copyOf(SketchOps.planUpdate(doc, changed).values());
    }

    /** The elements as {@link #move} would leave them, without changing the sketch; see {@link #preview}. */
    public List<Element> previewMove(Collection<Long> ids, double dx, double dy) {
        return preview(SketchOps.planMove(doc, ids, dx, dy));
    }

    // ----- reading

    /** @return the elements, bottom first; a read-only view that follows the sketch */
    public List<Element> elements() {
        return doc.view();
    }

    /** @return the freehand strokes, bottom first; an unmodifiable snapshot */
    public List<Stroke> strokes() {
        return ElementLists.strokes(doc.view());
    }

    /** @return the element with this id, if it is in the sketch */
    public Optional<Element> find(long id) {
        return Optional.ofNullable(doc.get(id));
    }

    /** @return the number of elements */
    public int size() {
        return doc.size();
    }

    /** @return whether the sketch has no elements */
    public boolean isEmpty() {
        return doc.size() == 0;
    }

    /**
     * The element a click at (x, y) picks: the topmost whose ink is within
     * {@code tolerance} px; failing that, the smallest shape the point is inside.
     *
     * @param tolerance px, 0 or more
     */
    public Optional<Element> hit(double x, double y, double tolerance) {
        return ElementGeometry.pick(doc.view(), x, y, tolerance);
    }

    /** @return the elements whose {@link Element#frame() frame} lies wholly inside {@code area}, bottom first */
    public List<Element> within(Bounds area) {
        return ElementLists.within(doc.view(), area);
    }

    /**
     * The box the ink covers: every element's {@link Element#bounds()}. Useful for exporting
     * only the drawn area.
     *
     * @return the ink bounds in px, or empty when there are no elements
     */
    public Optional<Bounds> bounds() {
        return Optional.ofNullable(ElementLists.inkBounds(doc.view()));
    }

    // ----- history

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
        boolean undone = history.undo(doc);
        changed();
        return undone;
    }

    /**
     * Re-applies the last undone edit (or group).
     *
     * @return whether anything was redone
     */
    public boolean redo() {
        boolean redone = history.redo(doc);
        changed();
        return redone;
    }

    /**
     * A number that grows with every change (edit, undo, redo), so views and savers can tell
     * whether the document moved on since they last looked. Starts at 0; not saved.
     */
    public long revision() {
        return listeners.revision();
    }

    /** Registers a listener, called after every change (edit, undo, redo). */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Removes a listener added with {@link #addListener}; does nothing if it is not there. */
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Registers a listener told what each change did, for views that repaint only that; called before plain listeners. */
    public void addChangeListener(Consumer<SketchChange> listener) {
        listeners.addChange(listener);
    }

    /** Removes a listener added with {@link #addChangeListener}. */
    public void removeChangeListener(Consumer<SketchChange> listener) {
        listeners.removeChange(listener);
    }

    private boolean performIfAny(SketchEdit edit) {
        if (edit == null) {
            return false;
        }
        perform(edit);
        return true;
    }

    private void perform(SketchEdit edit) {
        edit.apply(doc);
        history.record(edit);
        changed();
    }

    private void changed() {
        listeners.fire(doc);
    }
}
