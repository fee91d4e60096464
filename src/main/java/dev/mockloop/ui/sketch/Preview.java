package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.Snapping;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a gesture shows before it commits, drawn on the board's overlay: elements as they
 * would become (those with ids are hidden from the committed layer meanwhile; id 0 is a
 * new element), a rubber band, snap guides and the shape an arrow end would attach to.
 *
 * @param elements     previewed elements, bottom first
 * @param band         the rubber band, sketch px; null for none
 * @param guides       snap guides to draw
 * @param attachTarget id of the shape an arrow end is over, 0 for none
 */
record Preview(List<Element> elements, Bounds band, List<Snapping.Guide> guides, long attachTarget) {

    static final Preview NONE = new Preview(List.of(), null, List.of(), 0);

    Preview {
        elements = List.copyOf(elements);
        guides = List.copyOf(guides);
    }

    static Preview of(List<Element> elements, List<Snapping.Guide> guides, long attachTarget) {
        return new Preview(elements, null, guides, attachTarget);
    }

    /** @return ids of committed elements shown here instead of in the committed layer */
    Set<Long> hiddenIds() {
        Set<Long> ids = new HashSet<>();
        for (Element e : elements) {
            if (e.id() != 0) {
                ids.add(e.id());
            }
        }
        return ids;
    }
}
