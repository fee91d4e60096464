package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.LabelExtent;

/** Measures a text label's box, so a text element's box fits its words. */
@FunctionalInterface
public interface TextMeasurer {

    /** A font-free estimate from {@link LabelExtent}; for tests without a screen. */
    TextMeasurer ESTIMATE = (text, size) -> {
        String[] lines = text.split("\n", -1);
        int longest = 0;
        for (String line : lines) {
            longest = Math.max(longest, line.length());
        }
        return new double[] {Math.max(1, longest * size * 0.55), lines.length * size * LabelExtent.LINE_HEIGHT};
    };

    /**
     * @param text     the label, lines split by {@code \n}
     * @param fontSize px
     * @return {width, height} in px, height being lines × font size × {@link LabelExtent#LINE_HEIGHT}
     */
    double[] measure(String text, double fontSize);
}
