package dev.mockloop.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrokeTest {

    @Test
    void copiesThePointListSoLaterChangesDoNotLeakIn() {
        List<Point> points = new ArrayList<>(List.of(new Point(1, 2)));
        Stroke stroke = new Stroke(1, "#1F2937", 2, points);
        points.add(new Point(3, 4));

        assertEquals(1, stroke.points().size());
        assertEquals("#1f2937", stroke.color());
    }

    @Test
    void rejectsBadColorsWidthsAndPoints() {
        List<Point> one = List.of(new Point(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Stroke(1, "red", 2, one));
        assertThrows(IllegalArgumentException.class, () -> new Stroke(1, "#12345", 2, one));
        assertThrows(IllegalArgumentException.class, () -> new Stroke(1, "#1f2937", 0, one));
        assertThrows(IllegalArgumentException.class, () -> new Stroke(1, "#1f2937", Double.NaN, one));
        assertThrows(IllegalArgumentException.class, () -> new Point(Double.POSITIVE_INFINITY, 0));
    }
}
