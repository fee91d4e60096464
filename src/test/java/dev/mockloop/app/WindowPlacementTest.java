package dev.mockloop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mockloop.app.WindowPlacement.Area;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Area LAPTOP = new Area(0, 0, 1440, 900);
    private static final Area RIGHT_MONITOR = new Area(1440, 0, 1920, 1080);

    @Test
    void aSavedPlacementComesBackAsWritten() {
        WindowPlacement saved = new WindowPlacement(1500, 40, 1200, 800, true);
        Map<String, String> values = saved.toValues();
        assertEquals("1500", values.get("window.x"));
        assertEquals("true", values.get("window.maximised"));
        assertEquals(Optional.of(saved), WindowPlacement.from(values));
    }

    @Test
    void nothingOrNonsenseSavedMeansNoPlacement() {
        assertEquals(Optional.empty(), WindowPlacement.from(Map.of()));
        assertEquals(Optional.empty(), WindowPlacement.from(Map.of("window.width", "wide", "window.height", "800")));
        assertEquals(Optional.empty(), WindowPlacement.from(Map.of("window.width", "-5", "window.height", "800")));
    }

    @Test
    void aPlaceOnAScreenStaysWhereItWas() {
        WindowPlacement onMonitor = new WindowPlacement(1600, 100, 1280, 800, false);
        assertEquals(onMonitor, onMonitor.fittedTo(List.of(LAPTOP, RIGHT_MONITOR)));
    }

    @Test
    void aPlaceOnAScreenThatIsGoneIsIgnoredAndTheWindowCentredOnThePrimary() {
        WindowPlacement onUnplugged = new WindowPlacement(1600, 100, 1280, 800, false);
        WindowPlacement placed = onUnplugged.fittedTo(List.of(LAPTOP));
        assertEquals(new WindowPlacement(80, 50, 1280, 800, false), placed);
    }

    @Test
    void aWindowWhoseTitleBarIsOffTheTopIsBroughtBack() {
        WindowPlacement placed = new WindowPlacement(100, -300, 1280, 800, false).fittedTo(List.of(LAPTOP));
        assertEquals(new WindowPlacement(80, 50, 1280, 800, false), placed, "centred: its title bar was on no screen");
    }

    @Test
    void aSizeLargerThanTheScreenShrinksToIt() {
        WindowPlacement firstStart = WindowPlacement.FIRST_START.fittedTo(List.of(new Area(0, 0, 1024, 640)));
        assertEquals(new WindowPlacement(0, 0, 1024, 640, false), firstStart);
    }

    @Test
    void aTinySavedSizeGrowsToTheSmallestTheLayoutIsMadeFor() {
        WindowPlacement placed = new WindowPlacement(10, 10, 300, 200, false).fittedTo(List.of(LAPTOP));
        assertEquals(WindowPlacement.MIN_WIDTH, placed.width(), 1e-9);
        assertEquals(WindowPlacement.MIN_HEIGHT, placed.height(), 1e-9);
    }

    @Test
    void aWindowHalfOffTheRightEdgeKeepsItsPlace() {
        WindowPlacement half = new WindowPlacement(1000, 100, 1280, 800, false);
        assertEquals(half, half.fittedTo(List.of(LAPTOP)), "440 px of its title bar are still on the screen");
        WindowPlacement sliver = new WindowPlacement(1400, 100, 1280, 800, false);
        assertEquals(80, sliver.fittedTo(List.of(LAPTOP)).x(), 1e-9, "40 px cannot be grabbed: centred");
    }
}
