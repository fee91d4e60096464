package dev.mockloop.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SketchCodecTest {

    @Test
    void roundTripKeepsIdsColorsWidthsAndPoints() throws SketchFormatException {
        Sketch sketch = new Sketch();
        sketch.addStroke("#1f2937", 2.5, List.of(new Point(10.25, 20), new Point(30, 40.75), new Point(-5, 0)));
        sketch.addStroke("#dc2626", 6, List.of(new Point(100, 100)));
        sketch.addStroke("#2563eb", 1, List.of(new Point(0, 0), new Point(1, 1)));
        sketch.eraseAt(0.5, 0.5, 1); // removes id 3, so ids in the file have a gap

        Sketch decoded = SketchCodec.fromJson(SketchCodec.toJson(sketch));

        assertEquals(sketch.strokes(), decoded.strokes());
    }

    @Test
    void writesTheDocumentedCompactShapeWithTheTimelineReferringToElements() {
        Sketch sketch = new Sketch();
        sketch.setClock(() -> new SketchStamp(65_000, "requirements"));
        sketch.addStroke("#1f2937", 2.5, List.of(new Point(1, 2), new Point(3.5, 4)));

        assertEquals("{\"version\":2,\"elements\":[{\"id\":1,\"type\":\"stroke\",\"color\":\"#1f2937\","
                + "\"width\":2.5,\"points\":[1.0,2.0,3.5,4.0]}],\"timeline\":{\"base\":[],\"entries\":["
                + "{\"t\":65000,\"phase\":\"requirements\",\"op\":\"insert\",\"at\":[0],"
                + "\"elements\":[{\"ref\":1}]}]}}", SketchCodec.toJson(sketch));
    }

    @Test
    void readsAVersion1SketchAsStrokesWithNoRecordedTimeline() throws SketchFormatException {
        Sketch decoded = SketchCodec.fromJson("{\"version\":1,\"strokes\":[{\"id\":1,\"color\":\"#1f2937\","
                + "\"width\":2.5,\"points\":[1.0,2.0,3.5,4.0]}]}");

        assertEquals(List.of(new Stroke(1, "#1f2937", 2.5, List.of(new Point(1, 2), new Point(3.5, 4)))),
                decoded.elements());
        assertFalse(decoded.timeline().isRecorded());
        assertEquals(decoded.elements(), decoded.timeline().replay(0), "replay shows the whole v1 sketch");
        // Saved again, it is a version 2 file that reads back the same.
        assertEquals(decoded.elements(), SketchCodec.fromJson(SketchCodec.toJson(decoded)).elements());
    }

    @Test
    void decodedSketchHasNoHistoryAndContinuesIdsAfterTheHighest() throws SketchFormatException {
        Sketch decoded = SketchCodec.fromJson("{\"version\":1,\"strokes\":["
                + "{\"id\":4,\"color\":\"#000000\",\"width\":2,\"points\":[0,0,1,1]},"
                + "{\"id\":9,\"color\":\"#000000\",\"width\":2,\"points\":[5,5]}]}");

        assertFalse(decoded.canUndo());
        assertEquals(10, decoded.addStroke("#000000", 2, List.of(new Point(0, 0))).id());
    }

    @Test
    void readsAnEmptySketchAndIgnoresUnknownFields() throws SketchFormatException {
        assertTrue(SketchCodec.fromJson("{\"version\":1,\"strokes\":[],\"extra\":true}").isEmpty());
        assertTrue(SketchCodec.fromJson("{\"version\":1}").isEmpty());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "",
        "not json",
        "{\"version\":1,\"strokes\":[",
        "[]",
        "null",
        "{\"strokes\":[]}",
        "{\"version\":3,\"elements\":[]}",
        "{\"version\":0,\"strokes\":[]}",
        "{\"version\":\"1\",\"strokes\":[]}",
        "{\"version\":1,\"strokes\":{}}",
        "{\"version\":1,\"strokes\":[null]}",
        "{\"version\":1,\"strokes\":[{\"id\":1,\"color\":\"#000000\",\"width\":2,\"points\":[0,0,1]}]}",
        "{\"version\":1,\"strokes\":[{\"id\":1,\"color\":\"#000000\",\"width\":2,\"points\":[]}]}",
        "{\"version\":1,\"strokes\":[{\"id\":1,\"color\":\"black\",\"width\":2,\"points\":[0,0]}]}",
        "{\"version\":1,\"strokes\":[{\"id\":1,\"color\":\"#000000\",\"width\":-1,\"points\":[0,0]}]}",
        "{\"version\":1,\"strokes\":[{\"id\":1,\"color\":\"#000000\",\"width\":2,\"points\":[0,null]}]}",
        "{\"version\":1,\"strokes\":[{\"id\":1,\"color\":\"#000000\",\"width\":2,\"points\":[0,\"1\"]}]}",
        "{\"version\":1,\"strokes\":[{\"id\":1,\"color\":\"#000000\",\"width\":2,\"points\":[0,1e999]}]}",
        "{\"version\":1,\"strokes\":[{\"color\":\"#000000\",\"width\":2,\"points\":[0,0]}]}",
        "{\"version\":1,\"strokes\":[{\"id\":1,\"width\":2,\"points\":[0,0]}]}",
        "{\"version\":1,\"strokes\":[{\"id\":1,\"color\":\"#000000\",\"width\":2,\"points\":[0,0]},"
                + "{\"id\":1,\"color\":\"#000000\",\"width\":2,\"points\":[0,0]}]}",
        "{\"version\":1,\"strokes\":[]} trailing",
        "{\"version\":2,\"elements\":[{\"id\":1,\"color\":\"#000000\",\"width\":2,\"points\":[0,0]}]}",
        "{\"version\":2,\"elements\":[{\"id\":1,\"type\":\"blob\",\"color\":\"#000000\",\"width\":2}]}",
        "{\"version\":2,\"elements\":[{\"id\":1,\"type\":\"shape\",\"kind\":\"star\",\"color\":\"#000000\","
                + "\"width\":2,\"x\":0,\"y\":0,\"w\":1,\"h\":1}]}",
        "{\"version\":2,\"elements\":[{\"id\":1,\"type\":\"shape\",\"kind\":\"rectangle\",\"color\":\"#000000\","
                + "\"width\":2,\"x\":0,\"y\":0,\"w\":-1,\"h\":1}]}",
        "{\"version\":2,\"elements\":[{\"id\":1,\"type\":\"shape\",\"kind\":\"text\",\"color\":\"#000000\","
                + "\"width\":1,\"x\":0,\"y\":0,\"w\":1,\"h\":1}]}",
        "{\"version\":2,\"elements\":[{\"id\":1,\"type\":\"connector\",\"color\":\"#000000\",\"width\":2,"
                + "\"start\":[0,0,1,1],\"end\":[5,5],\"heads\":\"end\"}]}",
        "{\"version\":2,\"elements\":[{\"id\":1,\"type\":\"connector\",\"color\":\"#000000\",\"width\":2,"
                + "\"start\":[0,0],\"end\":[5,5],\"heads\":\"sideways\"}]}",
        "{\"version\":2,\"elements\":[],\"timeline\":{\"entries\":[{\"t\":0,\"op\":\"remove\",\"at\":[0]}]}}",
        "{\"version\":2,\"elements\":[],\"timeline\":{\"entries\":[{\"t\":0,\"op\":\"insert\",\"at\":[0],"
                + "\"elements\":[{\"ref\":4}]}]}}",
        "{\"version\":2,\"elements\":[],\"timeline\":{\"entries\":[{\"t\":0,\"op\":\"jump\"}]}}",
        "{\"version\":2,\"elements\":[{\"id\":1,\"type\":\"stroke\",\"color\":\"#000000\",\"width\":2,"
                + "\"points\":[0,0]}],\"timeline\":{\"entries\":[{\"t\":5,\"op\":\"remove\",\"at\":[]}]}}",
    })
    void badInputThrowsSketchFormatException(String json) {
        SketchFormatException e = assertThrows(SketchFormatException.class, () -> SketchCodec.fromJson(json));
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void newerVersionSaysToUpdateTheApp() {
        SketchFormatException e = assertThrows(SketchFormatException.class,
                () -> SketchCodec.fromJson("{\"version\":3,\"elements\":[]}"));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }

    @Test
    void oddCoordinatesNameTheStroke() {
        SketchFormatException e = assertThrows(SketchFormatException.class, () -> SketchCodec.fromJson(
                "{\"version\":1,\"strokes\":[{\"id\":7,\"color\":\"#000000\",\"width\":2,\"points\":[0,0,1]}]}"));
        assertTrue(e.getMessage().contains("id 7") && e.getMessage().contains("odd"), e.getMessage());
    }
}
