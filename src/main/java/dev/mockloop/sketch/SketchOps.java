package dev.mockloop.sketch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Builds the edits behind the sketch's compound operations, keeping attached connectors
 * on their shapes. Each method returns null when the operation would change nothing.
 */
final class SketchOps {

    private SketchOps() {
    }

    /** Replaces elements by id, rerouting connectors attached to any changed shape. */
    static SketchEdit update(Document doc, Collection<? extends Element> changed) {
        Map<Long, Element> next = planUpdate(doc, changed);
        List<Element> before = new ArrayList<>();
        List<Element> after = new ArrayList<>();
        for (Element e : next.values()) {
            Element current = doc.get(e.id());
            if (!current.equals(e)) {
                before.add(current);
                after.add(e);
            }
        }
        return after.isEmpty() ? null
                : new Edits.Replace(before.toArray(Element[]::new), after.toArray(Element[]::new));
    }

    /** @return the changed elements, routed, plus every attached connector that follows them, by id */
    static Map<Long, Element> planUpdate(Document doc, Collection<? extends Element> changed) {
        Map<Long, Element> next = new LinkedHashMap<>();
        for (Element e : changed) {
            Element current = doc.get(e.id());
            if (current == null) {
                throw new IllegalArgumentException("no element with id " + e.id() + " in the sketch");
            }
            if (current.getClass() != e.getClass()) {
                throw new IllegalArgumentException("element " + e.id() + " cannot change kind");
            }
            next.put(e.id(), e);
        }
        LongFunction<Shape> shapes = id -> next.get(id) instanceof Shape s ? s
                : next.containsKey(id) ? null : doc.get(id) instanceof Shape s2 ? s2 : null;
        Set<Long> movedShapes = new HashSet<>();
        for (Element e : next.values()) {
            if (e instanceof Shape s && !s.box().equals(((Shape) doc.get(s.id())).box())) {
                movedShapes.add(s.id());
            }
        }
        for (Map.Entry<Long, Element> entry : next.entrySet()) {
            if (entry.getValue() instanceof Connector c) {
                entry.setValue(Connectors.route(c, shapes));
            }
        }
        if (!movedShapes.isEmpty()) {
            for (Element e : doc.view()) {
                if (e instanceof Connector c && !next.containsKey(c.id())
                        && (movedShapes.contains(c.startShape()) || movedShapes.contains(c.endShape()))) {
                    next.put(c.id(), Connectors.route(c, shapes));
                }
            }
        }
        return next;
    }

    /** Translates elements; a moved connector lets go of shapes that stay behind. */
    static SketchEdit move(Document doc, Collection<Long> ids, double dx, double dy) {
        List<Element> moved = planMove(doc, ids, dx, dy);
        return moved.isEmpty() ? null : update(doc, moved);
    }

    /** @return the elements translated, connectors let go of shapes not moved with them */
    static List<Element> planMove(Document doc, Collection<Long> ids, double dx, double dy) {
        Set<Long> moving = new HashSet<>(ids);
        List<Element> moved = new ArrayList<>();
        for (long id : moving) {
            Element e = doc.get(id);
            if (e == null) {
                continue;
            }
            Element m = e.translated(dx, dy);
            if (m instanceof Connector c) {
                m = c.withAttachments(moving.contains(c.startShape()) ? c.startShape() : 0,
                        moving.contains(c.endShape()) ? c.endShape() : 0);
            }
            moved.add(m);
        }
        return moved;
    }

    /** Removes elements; connectors attached to a removed shape stay, let go of it. */
    static SketchEdit remove(Document doc, Collection<Long> ids) {
        int[] indices = doc.indicesOf(ids);
        if (indices.length == 0) {
            return null;
        }
        Set<Long> gone = new HashSet<>();
        Element[] removed = new Element[indices.length];
        for (int i = 0; i < indices.length; i++) {
            removed[i] = doc.view().get(indices[i]);
            gone.add(removed[i].id());
        }
        List<Element> detached = new ArrayList<>();
        for (Element e : doc.view()) {
            if (e instanceof Connector c && !gone.contains(c.id())
                    && (gone.contains(c.startShape()) || gone.contains(c.endShape()))) {
                detached.add(c.withAttachments(gone.contains(c.startShape()) ? 0 : c.startShape(),
                        gone.contains(c.endShape()) ? 0 : c.endShape()));
            }
        }
        Edits.Remove removal = new Edits.Remove(indices, removed);
        if (detached.isEmpty()) {
            return removal;
        }
        Edits.Compound both = new Edits.Compound();
        both.add(update(doc, detached));
        both.add(removal);
        return both;
    }

    /**
     * Adds templates on top with fresh ids from {@code nextId}. Connector attachments to
     * ids within the batch follow the copies; others are kept only when {@code keepOutside}
     * and the shape exists, else the end is let go.
     */
    static Edits.Insert add(Document doc, List<? extends Element> templates, long nextId, boolean keepOutside) {
        Map<Long, Long> newIds = new HashMap<>();
        List<Element> fresh = new ArrayList<>();
        long id = nextId;
        for (Element t : templates) {
            if (t.id() != 0) {
                newIds.put(t.id(), id);
            }
            fresh.add(t.withId(id++));
        }
        Map<Long, Shape> batchShapes = new HashMap<>();
        for (Element e : fresh) {
            if (e instanceof Shape s) {
                batchShapes.put(s.id(), s);
            }
        }
        LongFunction<Shape> shapes = sid -> batchShapes.containsKey(sid) ? batchShapes.get(sid)
                : doc.get(sid) instanceof Shape s ? s : null;
        int base = doc.size();
        int[] indices = new int[fresh.size()];
        Element[] elements = new Element[fresh.size()];
        for (int i = 0; i < fresh.size(); i++) {
            Element e = fresh.get(i);
            if (e instanceof Connector c) {
                c = c.withAttachments(attachment(c.startShape(), newIds, doc, keepOutside),
                        attachment(c.endShape(), newIds, doc, keepOutside));
                e = Connectors.route(c, shapes);
            }
            indices[i] = base + i;
            elements[i] = e;
        }
        return new Edits.Insert(indices, elements);
    }

    private static long attachment(long shapeId, Map<Long, Long> newIds, Document doc, boolean keepOutside) {
        if (shapeId == 0) {
            return 0;
        }
        if (newIds.containsKey(shapeId)) {
            return newIds.get(shapeId);
        }
        return keepOutside && doc.get(shapeId) instanceof Shape ? shapeId : 0;
    }

    /** Moves elements to the top (keeping their order among themselves). */
    static SketchEdit toFront(Document doc, Collection<Long> ids) {
        int[] from = doc.indicesOf(ids);
        int n = doc.size();
        int[] to = new int[from.length];
        for (int i = 0; i < from.length; i++) {
            to[i] = n - from.length + i;
        }
        return reorder(doc, from, to);
    }

    /** Moves elements to the bottom (keeping their order among themselves). */
    static SketchEdit toBack(Document doc, Collection<Long> ids) {
        int[] from = doc.indicesOf(ids);
        int[] to = new int[from.length];
        for (int i = 0; i < from.length; i++) {
            to[i] = i;
        }
        return reorder(doc, from, to);
    }

    private static SketchEdit reorder(Document doc, int[] from, int[] to) {
        if (java.util.Arrays.equals(from, to)) {
            return null;
        }
        Element[] elements = new Element[from.length];
        for (int i = 0; i < from.length; i++) {
            elements[i] = doc.view().get(from[i]);
        }
        Edits.Compound edit = new Edits.Compound();
        edit.add(new Edits.Remove(from, elements));
        edit.add(new Edits.Insert(to, elements));
        return edit;
    }
}
