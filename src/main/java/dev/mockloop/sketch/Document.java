package dev.mockloop.sketch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The live element list of a sketch (bottom first) with an id index, changed only through
 * three primitives. Each primitive is logged on the {@link Timeline} with the clock's stamp
 * and folded into the pending {@link SketchChange} that the sketch hands its listeners.
 */
final class Document {

    private final List<Element> list = new ArrayList<>();
    private final Map<Long, Element> byId = new HashMap<>();
    private final Timeline timeline;
    private SketchClock clock = SketchClock.NONE;
    private final List<Element> appended = new ArrayList<>();
    private Bounds dirty;
    private boolean changed;

    Document(List<? extends Element> initial, Timeline timeline) {
        for (Element e : initial) {
            if (byId.put(e.id(), e) != null) {
                throw new IllegalArgumentException("duplicate element id " + e.id());
            }
            if (e.id() <= 0) {
                throw new IllegalArgumentException("element ids must be above 0, got " + e.id());
            }
            list.add(e);
        }
        this.timeline = timeline;
    }

    List<Element> view() {
        return Collections.unmodifiableList(list);
    }

    Element get(long id) {
        return byId.get(id);
    }

    int size() {
        return list.size();
    }

    Timeline timeline() {
        return timeline;
    }

    void setClock(SketchClock clock) {
        this.clock = clock;
    }

    /** @return positions of these ids, ascending; ids not present are skipped */
    int[] indicesOf(java.util.Collection<Long> ids) {
        java.util.Set<Long> wanted = ids instanceof java.util.Set<Long> s ? s : new java.util.HashSet<>(ids);
        int[] out = new int[Math.min(wanted.size(), list.size())];
        int n = 0;
        for (int i = 0; i < list.size() && n < out.length; i++) {
            if (wanted.contains(list.get(i).id())) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    void insert(int[] indices, Element[] elements) {
        boolean onTop = dirty == null;
        for (int i = 0; i < indices.length; i++) {
            onTop &= indices[i] == list.size();
            list.add(indices[i], elements[i]);
            byId.put(elements[i].id(), elements[i]);
        }
        if (onTop) {
            appended.addAll(Arrays.asList(elements));
        } else {
            for (Element e : elements) {
                markDirty(e.bounds());
            }
        }
        log(new TimelineOp.Insert(box(indices), Arrays.asList(elements)));
    }

    Element[] remove(int[] indices) {
        Element[] removed = new Element[indices.length];
        for (int i = indices.length - 1; i >= 0; i--) {
            removed[i] = list.remove(indices[i]);
            byId.remove(removed[i].id());
            markDirty(removed[i].bounds());
        }
        log(new TimelineOp.Remove(box(indices)));
        return removed;
    }

    Element[] replace(Element[] elements) {
        List<Element> next = Arrays.asList(elements);
        Element[] before = ElementLists.replaceById(list, next);
        for (int i = 0; i < elements.length; i++) {
            byId.put(elements[i].id(), elements[i]);
            markDirty(before[i].bounds());
            markDirty(elements[i].bounds());
        }
        log(new TimelineOp.Replace(next));
        return before;
    }

    /** @return the change since the last call, or null if nothing changed */
    SketchChange takeChange() {
        if (!changed) {
            return null;
        }
        SketchChange change = new SketchChange(appended, dirty);
        appended.clear();
        dirty = null;
        changed = false;
        return change;
    }

    private void markDirty(Bounds b) {
        if (!appended.isEmpty()) {
            // Something on top changed after all: repaint those too, in z-order.
            for (Element e : appended) {
                dirty = Bounds.union(dirty, e.bounds());
            }
            appended.clear();
        }
        dirty = Bounds.union(dirty, b);
    }

    private void log(TimelineOp op) {
        changed = true;
        timeline.record(clock.now(), op);
    }

    private static List<Integer> box(int[] indices) {
        List<Integer> out = new ArrayList<>(indices.length);
        for (int i : indices) {
            out.add(i);
        }
        return out;
    }
}
