package dev.mockloop.ui.interview;

import dev.mockloop.interview.QrCode;
import javafx.beans.value.ObservableValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A QR code drawn black on white with its quiet zone, in whole pixels per module so phone
 * cameras read it; blank without a code.
 */
final class QrView extends Canvas {

    QrView(double sidePx, ObservableValue<QrCode> code) {
        super(sidePx, sidePx);
        code.addListener((obs, old, now) -> draw(now));
        draw(code.getValue());
    }

    private void draw(QrCode code) {
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        if (code == null) {
            return;
        }
        int modules = code.size() + 2 * QrCode.QUIET_ZONE;
        double cell = Math.max(1, Math.floor(getWidth() / modules));
        double offset = Math.floor((getWidth() - cell * modules) / 2) + cell * QrCode.QUIET_ZONE;
        g.setFill(Color.BLACK);
        for (int y = 0; y < code.size(); y++) {
            for (int x = 0; x < code.size(); x++) {
                if (code.dark(x, y)) {
                    g.fillRect(offset + x * cell, offset + y * cell, cell, cell);
                }
            }
        }
    }
}
