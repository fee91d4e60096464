package dev.mockloop.sketch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Operations on z-ordered element lists shared by the live document and timeline replay. */
final class ElementLists {

    private ElementLists() {
    }

    /**
     * Replaces each element of the list that has the id of one of {@code replacements} by it,
     * in place, in one pass over the list.
     *
     * @return the replaced elements, in the order of {@code replacements}
     * @throws IllegalStateException if an id is not in the list
     */
    static Element[] replaceById(List<Element> list, List<? extends Element> replacements) {
        Element[] before = new Element[replacements.size()];
        if (replacements.size() == 1) {
            Element next = replacements.get(0);
            for (int i = list.size() - 1; i >= 0; i--) {
                if (list.get(i).id() == next.id()) {
                    before[0] = list.set(i, next);
                    return before;
                }
            }
            throw new IllegalStateException("no element with id " + next.id() + " to replace");
        }
        Map<Long, Integer> slot = new HashMap<>();
        for (int i = 0; i < replacements.size(); i++) {
            slot.put(replacements.get(i).id(), i);
        }
        int found = 0;
        for (int i = 0; i < list.size() && found < before.length; i++) {
            Integer k = slot.get(list.get(i).id());
            if (k != null) {
                before[k] = list.set(i, replacements.get(k));
                found++;
            }
        }
        if (found != before.length) {
            throw new IllegalStateException("replace names ids that are not in the sketch");
        }
        return before;
    }

    /** @return the freehand strokes among the elements, in order; an unmodifiable copy */
    static List<Stroke> strokes(List<Element> elements) {
        List<Stroke> out = new ArrayList<>();
        for (Element e : elements) {
            if (e instanceof Stroke s) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /** @return the elements whose frame lies wholly inside {@code area}, in order */
    static List<Element> within(List<Element> elements, Bounds area) {
        List<Element> out = new ArrayList<>();
        for (Element e : elements) {
            if (area.contains(e.frame())) {
                out.add(e);
            }
        }
        return out;
    }

    /** @return the union of the elements' ink boxes, px, or null when there are none */
    static Bounds inkBounds(List<Element> elements) {
        Bounds all = null;
        for (Element e : elements) {
            all = Bounds.union(all, e.bounds());
        }
        return all;
    }
}
