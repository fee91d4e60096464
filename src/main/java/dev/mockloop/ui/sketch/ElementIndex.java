package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.Sketch;
import dev.mockloop.sketch.SketchChange;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The sketch's elements in z-order with their ink boxes ({@link Element#bounds()}) worked
 * out once and kept in flat arrays, for the tiles to find what overlaps a region. An
 * element computes its box anew at every call (a stroke walks its points, a shape
 * estimates its label), which made every tile repaint walk and measure the whole sketch;
 * scanning these arrays is a few µs per 1,000 elements, so a tile's cost is its own
 * elements'. Elements appended on top are added as they come; any other change makes the
 * index read the sketch again, once, when it is next asked, keeping the boxes of the elements
 * it still holds (elements are immutable, so the same object has the same box): an undo on
 * 20,000 elements then measures the one that changed, not all of them.
 */
final class ElementIndex {

    private final Sketch sketch;
    private Element[] elements = new Element[0];
    /** minX, minY, maxX, maxY per element. */
    private double[] boxes = new double[0];
    private int size;
    private boolean stale = true;

    ElementIndex(Sketch sketch) {
        this.sketch = sketch;
    }

    /** Follows a change of the sketch: appends what went on top, or reads it again later. */
    void changed(SketchChange change) {
        if (stale) {
            return;
        }
        if (change.isAppendOnly()) {
            for (Element e : change.appended()) {
                add(e);
            }
        } else {
            stale = true;
        }
    }

    /** @return how many elements are indexed (reading the sketch again if it changed) */
    int size() {
        refresh();
        return size;
    }

    /** Receives an element with its ink box, sketch px. */
    interface Visitor {
        void visit(Element element, double minX, double minY, double maxX, double maxY);
    }

    /**
     * Hands every element whose box overlaps {@code area} (sketch px) to {@code action},
     * bottom first, leaving out the {@code hidden} ids.
     */
    void forEachIn(Bounds area, Set<Long> hidden, Consumer<Element> action) {
        forEachIn(area, hidden, (e, x0, y0, x1, y1) -> action.accept(e));
    }

    /** As {@link #forEachIn(Bounds, Set, Consumer)}, with each element's box. */
    void forEachIn(Bounds area, Set<Long> hidden, Visitor action) {
        refresh();
        double minX = area.minX();
        double minY = area.minY();
        double maxX = area.maxX();
        double maxY = area.maxY();
        boolean hiding = !hidden.isEmpty();
        for (int k = 0; k < size; k++) {
            int b = k * 4;
            // Bounds.intersects: touching edges count.
            if (boxes[b] <= maxX && boxes[b + 2] >= minX && boxes[b + 1] <= maxY && boxes[b + 3] >= minY
                    && !(hiding && hidden.contains(elements[k].id()))) {
                action.visit(elements[k], boxes[b], boxes[b + 1], boxes[b + 2], boxes[b + 3]);
            }
        }
    }

    private void refresh() {
        if (!stale) {
            return;
        }
        List<Element> all = sketch.elements();
        Element[] was = elements;
        double[] wasBoxes = boxes;
        int wasSize = size;
        java.util.IdentityHashMap<Element, Integer> at = null;
        elements = new Element[all.size() + 64];
        boxes = new double[elements.length * 4];
        size = 0;
        int p = 0;
        for (Element e : all) {
            int old = -1;
            if (p < wasSize && was[p] == e) {
                old = p++;
            } else {
                // Out of step (a removal or a change): find it by identity from here on.
                if (at == null) {
                    at = new java.util.IdentityHashMap<>(wasSize * 2);
                    for (int k = 0; k < wasSize; k++) {
                        at.put(was[k], k);
                    }
                }
                Integer found = at.get(e);
                if (found != null) {
                    old = found;
                    p = found + 1;
                }
            }
            if (old < 0) {
                add(e);
            } else {
                System.arraycopy(wasBoxes, old * 4, boxes, size * 4, 4);
                elements[size++] = e;
            }
        }
        stale = false;
    }

    private void add(Element e) {
        if (size == elements.length) {
            elements = Arrays.copyOf(elements, Math.max(64, size * 2));
            boxes = Arrays.copyOf(boxes, elements.length * 4);
        }
        Bounds b = e.bounds();
        int at = size * 4;
        boxes[at] = b.minX();
        boxes[at + 1] = b.minY();
        boxes[at + 2] = b.maxX();
        boxes[at + 3] = b.maxY();
        elements[size++] = e;
    }
}
