package dev.mockloop.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnappingTest {

    private static final Bounds OTHER = Bounds.ofSize(100, 100, 100, 50);   // centre (150, 125)

    @Test
    void boxLinesUpItsLeftEdgeWithANearbyBoxsLeftEdgeAndShowsAGuide() {
        Snapping.Result r = Snapping.snapBox(Bounds.ofSize(104, 300, 60, 40), List.of(OTHER), 6, 0);

        assertEquals(-4, r.dx(), 1e-9);
        assertEquals(0, r.dy(), 1e-9);
        assertEquals(List.of(new Snapping.Guide(true, 100, 100, 340)), r.guides());
    }

    @Test
    void centresLineUpToo() {
        // Moving centre y = 127, the other's centre y = 125.
        Snapping.Result r = Snapping.snapBox(Bounds.ofSize(400, 107, 60, 40), List.of(OTHER), 6, 0);

        assertEquals(-2, r.dy(), 1e-9);
        assertTrue(r.guides().stream().anyMatch(g -> !g.vertical() && g.at() == 125));
    }

    @Test
    void nothingWithinToleranceMeansNoShiftWithoutAGrid() {
        assertEquals(Snapping.Result.NONE.dx(), Snapping.snapBox(Bounds.ofSize(420, 420, 10, 10),
                List.of(OTHER), 6, 0).dx());
    }

    @Test
    void withTheGridOnTheCornerLandsOnTheGridWhenNoShapeIsNear() {
        Snapping.Result r = Snapping.snapBox(Bounds.ofSize(407, 393, 10, 10), List.of(OTHER), 6, 20);

        assertEquals(-7, r.dx(), 1e-9);
        assertEquals(7, r.dy(), 1e-9);
        assertTrue(r.guides().isEmpty());
    }

    @Test
    void pointSnapsToEdgesAndCentres() {
        Snapping.Result r = Snapping.snapPoint(153, 98, List.of(OTHER), 6, 0);

        assertEquals(-3, r.dx(), 1e-9);
        assertEquals(2, r.dy(), 1e-9);
    }
}
