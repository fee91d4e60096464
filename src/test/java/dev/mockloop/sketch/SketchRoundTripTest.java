package dev.mockloop.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The codec keeps a sketch with every element type, and its timeline, exactly. */
class SketchRoundTripTest {

    @Test
    void sampleHoldsEveryElementTypeShapeKindStencilAndArrowhead() {
        Sketch sketch = SampleSketches.everything();
        Set<ShapeKind> kinds = EnumSet.noneOf(ShapeKind.class);
        Set<Stencil> stencils = EnumSet.noneOf(Stencil.class);
        Set<Arrowheads> heads = EnumSet.noneOf(Arrowheads.class);
        boolean stroke = false;
        for (Element e : sketch.elements()) {
            if (e instanceof Shape s) {
                kinds.add(s.kind());
                if (s.stencil() != null) {
                    stencils.add(s.stencil());
                }
            } else if (e instanceof Connector c) {
                heads.add(c.heads());
            } else {
                stroke = true;
            }
        }
        assertEquals(EnumSet.allOf(ShapeKind.class), kinds);
        assertEquals(EnumSet.allOf(Stencil.class), stencils);
        assertEquals(EnumSet.allOf(Arrowheads.class), heads);
        assertTrue(stroke);
    }

    @Test
    void roundTripKeepsEveryElementExactly() throws SketchFormatException {
        Sketch sketch = SampleSketches.everything();

        Sketch decoded = SketchCodec.fromJson(SketchCodec.toJson(sketch));

        assertEquals(sketch.elements(), decoded.elements());
        assertFalse(decoded.canUndo(), "undo history is not saved");
    }

    @Test
    void roundTripKeepsTheTimelineSoReplayMatchesAtEveryMoment() throws SketchFormatException {
        Sketch sketch = SampleSketches.everything();

        Sketch decoded = SketchCodec.fromJson(SketchCodec.toJson(sketch));

        assertEquals(sketch.timeline().entries().size(), decoded.timeline().entries().size());
        for (long t : new long[] {0, 59_999, 60_000, 120_000, 130_000, Long.MAX_VALUE}) {
            assertEquals(sketch.timeline().replay(t), decoded.timeline().replay(t), "at " + t + " ms");
        }
        assertEquals(List.of("requirements", "high-level-design", "deep-dive"),
                List.copyOf(decoded.timeline().phaseSpans().keySet()));
    }

    @Test
    void encodingIsStableSoASavedSketchSavesTheSameAgain() throws SketchFormatException {
        String json = SketchCodec.toJson(SampleSketches.everything());

        assertEquals(json, SketchCodec.toJson(SketchCodec.fromJson(json)));
    }

    @Test
    void decodedSketchGivesNewElementsIdsAboveEveryIdEverUsed() throws SketchFormatException {
        Sketch sketch = SampleSketches.everything();
        long highest = sketch.timeline().entries().stream()
                .filter(e -> e.op() instanceof TimelineOp.Insert)
                .flatMap(e -> ((TimelineOp.Insert) e.op()).elements().stream())
                .mapToLong(Element::id).max().orElseThrow();

        Sketch decoded = SketchCodec.fromJson(SketchCodec.toJson(sketch));

        assertEquals(highest + 1, decoded.addStroke("#000000", 1, List.of(new Point(0, 0))).id());
    }
}
