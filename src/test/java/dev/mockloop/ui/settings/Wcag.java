package dev.mockloop.ui.settings;

import javafx.scene.paint.Color;

/**
 * WCAG 2.x contrast, for the contrast tests. Relative luminance and contrast ratio as
 * defined in WCAG 2.1 (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance and
 * #dfn-contrast-ratio): L = 0.2126 R + 0.7152 G + 0.0722 B over sRGB channels linearised as
 * c / 12.92 when c <= 0.03928, else ((c + 0.055) / 1.055)^2.4; ratio = (L1 + 0.05) / (L2 + 0.05)
 * with L1 the lighter. AA asks 4.5:1 for text, 3:1 for large text (24 px, or 18.7 px bold)
 * and for the parts of controls and graphics needed to see them (1.4.3, 1.4.11).
 */
final class Wcag {

    /** AA for normal text. */
    static final double TEXT = 4.5;
    /** AA for large text and for non-text contrast (focus rings, chart marks). */
    static final double LARGE_OR_GRAPHIC = 3.0;

    private Wcag() {
    }

    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double c) {
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** @return the contrast ratio of two opaque colours, 1 to 21 */
    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** @return {@code top} (possibly translucent) painted over the opaque {@code under} */
    static Color over(Color top, Color under) {
        double a = top.getOpacity();
        return new Color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a), 1);
    }
}
