package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.LabelExtent;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures labels with the font the pad draws them in ({@link CanvasSurface#font}). */
final class FxTextMeasurer implements TextMeasurer {

    @Override
    public double[] measure(String text, double fontSize) {
        Font font = CanvasSurface.font(fontSize);
        String[] lines = text.split("\n", -1);
        double width = 1;
        Text probe = new Text();
        probe.setFont(font);
        for (String line : lines) {
            probe.setText(line);
            width = Math.max(width, probe.getLayoutBounds().getWidth());
        }
        return new double[] {Math.ceil(width) + 2, lines.length * fontSize * LabelExtent.LINE_HEIGHT};
    }
}
