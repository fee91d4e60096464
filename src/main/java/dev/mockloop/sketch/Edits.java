package dev.mockloop.sketch;

import java.util.ArrayList;
import java.util.List;

/** The edit kinds: insert, remove and replace elements, and several as one. */
final class Edits {

    private Edits() {
    }

    /** Puts elements at ascending positions of the resulting list. */
    record Insert(int[] indices, Element[] elements) implements SketchEdit {
        @Override
        public void apply(Document doc) {
            doc.insert(indices, elements);
        }

        @Override
        public void revert(Document doc) {
            doc.remove(indices);
        }
    }

    /** Removes the elements at ascending positions; undo puts each back at its place in the z-order. */
    record Remove(int[] indices, Element[] elements) implements SketchEdit {
        @Override
        public void apply(Document doc) {
            doc.remove(indices);
        }

        @Override
        public void revert(Document doc) {
            doc.insert(indices, elements);
        }
    }

    /** Swaps elements for new versions with the same ids. */
    record Replace(Element[] before, Element[] after) implements SketchEdit {
        @Override
        public void apply(Document doc) {
            doc.replace(after);
        }

        @Override
        public void revert(Document doc) {
            doc.replace(before);
        }
    }

    /** Several edits that undo and redo as one, e.g. everything one eraser drag removed. */
    static final class Compound implements SketchEdit {

        private final List<SketchEdit> parts = new ArrayList<>();

        void add(SketchEdit edit) {
            parts.add(edit);
        }

        boolean isEmpty() {
            return parts.isEmpty();
        }

        @Override
        public void apply(Document doc) {
            for (SketchEdit part : parts) {
                part.apply(doc);
            }
        }

        @Override
        public void revert(Document doc) {
            for (int i = parts.size() - 1; i >= 0; i--) {
                parts.get(i).revert(doc);
            }
        }
    }
}
