package dev.mockloop.sketch;

import java.util.List;

/**
 * One primitive change to a sketch's z-ordered element list, as the {@link Timeline} logs
 * it. Every edit, undo and redo is made of these, so replaying them in order from the
 * timeline's base rebuilds the sketch exactly at any moment.
 */
public sealed interface TimelineOp permits TimelineOp.Insert, TimelineOp.Remove, TimelineOp.Replace {

    /** Applies the change to a list in the state the log had reached.
     *
     * @throws IllegalStateException if an index is out of range or an id is missing
     */
    void applyTo(List<Element> list);

    /**
     * Puts elements at positions of the resulting list (0 is the bottom).
     *
     * @param indices  ascending positions after the insert
     * @param elements the elements, one per index
     */
    record Insert(List<Integer> indices, List<Element> elements) implements TimelineOp {
        /** @throws IllegalArgumentException if the lists differ in length */
        public Insert {
            indices = List.copyOf(indices);
            elements = List.copyOf(elements);
            if (indices.size() != elements.size()) {
                throw new IllegalArgumentException("insert needs one element per index");
            }
        }

        @Override
        public void applyTo(List<Element> list) {
            for (int i = 0; i < indices.size(); i++) {
                int at = indices.get(i);
                if (at < 0 || at > list.size()) {
                    throw new IllegalStateException("insert at " + at + " in a list of " + list.size());
                }
                list.add(at, elements.get(i));
            }
        }
    }

    /**
     * Takes elements out.
     *
     * @param indices ascending positions before the removal
     */
    record Remove(List<Integer> indices) implements TimelineOp {
        /** Copies the list. */
        public Remove {
            indices = List.copyOf(indices);
        }

        @Override
        public void applyTo(List<Element> list) {
            for (int i = indices.size() - 1; i >= 0; i--) {
                int at = indices.get(i);
                if (at < 0 || at >= list.size()) {
                    throw new IllegalStateException("remove at " + at + " from a list of " + list.size());
                }
                list.remove(at);
            }
        }
    }

    /**
     * Swaps elements for new versions with the same ids, in place.
     *
     * @param elements the new versions
     */
    record Replace(List<Element> elements) implements TimelineOp {
        /** Copies the list. */
        public Replace {
            elements = List.copyOf(elements);
        }

        @Override
        public void applyTo(List<Element> list) {
            ElementLists.replaceById(list, elements);
        }
    }
}
