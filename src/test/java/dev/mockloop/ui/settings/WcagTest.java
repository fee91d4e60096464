package dev.mockloop.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The formula against figures published with it, so the contrast test measures what WCAG means. */
class WcagTest {

    @Test
    void blackOnWhiteIsTwentyOneToOneAndAColourOnItselfIsOne() {
        assertEquals(21.0, Wcag.ratio(Color.BLACK, Color.WHITE), 1e-9);
        assertEquals(1.0, Wcag.ratio(Color.web("#0969da"), Color.web("#0969da")), 1e-9);
    }

    @Test
    void greyOnWhiteMatchesTheWellKnownFigures() {
        // #767676 is the lightest grey that passes AA on white (4.54:1); #777777 fails (4.48:1).
        assertEquals(4.54, Wcag.ratio(Color.web("#767676"), Color.WHITE), 0.01);
        assertEquals(4.48, Wcag.ratio(Color.web("#777777"), Color.WHITE), 0.01);
    }

    @Test
    void aTranslucentColourIsMeasuredAsItShowsOverItsBackground() {
        Color half = Wcag.over(Color.rgb(0, 0, 0, 0.5), Color.WHITE);
        assertEquals(0.5, half.getRed(), 1e-9);
        assertEquals(1.0, half.getOpacity(), 1e-9);
    }
}
