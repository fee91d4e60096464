package dev.mockloop.ui.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import dev.mockloop.app.MockloopApp;
import dev.mockloop.sketch.Sketch;
import dev.mockloop.sketch.Style;
import dev.mockloop.ui.settings.Themes;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The whiteboard in the dark theme: a dark board with light ink on screen, white in exports. */
@ExtendWith(ApplicationExtension.class)
class BoardLookTest {

    private static final Color DARK_BOARD = Color.web("#161b22");

    private Sketch sketch;
    private SketchPad pad;

    @Start
    void start(Stage stage) {
        sketch = new Sketch();
        pad = new SketchPad(sketch);
        Scene scene = new Scene(pad, 800, 600);
        scene.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        scene.getStylesheets().addAll(MockloopApp.class.getResource(MockloopApp.STYLESHEET).toExternalForm(),
                Themes.darkStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theDefaultInkTurnsLightOnTheDarkBoardAndKeepsItsContrast() {
        BoardLook dark = BoardLook.forBoard(DARK_BOARD);
        assertTrue(dark.dark());
        Color ink = dark.color(Style.DEFAULT.stroke());
        double ratio = (BoardLook.relativeLuminance(ink) + 0.05) / (BoardLook.relativeLuminance(DARK_BOARD) + 0.05);
        assertTrue(ratio >= 7, "default ink on the dark board: " + ratio + ":1");
        assertTrue(BoardLook.relativeLuminance(dark.color("#ffffff")) < 0.03, "a white fill turns dark");
    }

    @Test
    void aColourKeepsItsHueWhenTurnedOver() {
        Color blue = Color.web("#2563eb");
        assertEquals(blue.getHue(), BoardLook.turnOver(blue).getHue(), 1.0);
        Color pale = Color.web("#dbeafe");
        assertEquals(pale.getHue(), BoardLook.turnOver(pale).getHue(), 1.0);
        assertTrue(BoardLook.turnOver(pale).getBrightness() < 0.35, "a pale fill turns deep");
    }

    @Test
    void theLightBoardShowsStoredColoursAsTheyAre() {
        assertFalse(BoardLook.LIGHT.dark());
        assertEquals(Color.web("#1f2937"), BoardLook.LIGHT.color("#1f2937"));
        assertEquals(Color.WHITE, BoardLook.forBoard(Color.WHITE).board());
    }

    @Test
    void inTheDarkThemeTheBoardIsDarkTheInkLightAndTheExportWhite(FxRobot robot) throws Exception {
        Canvas canvas = robot.lookup("#sketch-canvas").queryAs(Canvas.class);
        robot.clickOn("#tool-pen");
        Point2D from = FxThread.call(() -> canvas.localToScreen(100, 200));
        Point2D to = FxThread.call(() -> canvas.localToScreen(400, 200));
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        assertEquals(1, FxThread.call(() -> sketch.strokes().size()));

        WritableImage shown = FxThread.call(() -> pad.lookup(".sketch-board").snapshot(null, null));
        Color blank = shown.getPixelReader().getColor(600, 450);
        Color onStroke = brightestNear(shown, 250, 200);
        assertTrue(BoardLook.relativeLuminance(blank) < 0.05, "the board is dark: " + blank);
        assertTrue(BoardLook.relativeLuminance(onStroke) > 0.4, "the ink shows light: " + onStroke);

        byte[] png = FxThread.call(() -> SketchImages.toPng(sketch, 10));
        BufferedImage exported = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(0xffffff, exported.getRGB(0, 0) & 0xffffff, "the exported board is white");
        int middle = exported.getRGB(exported.getWidth() / 2, exported.getHeight() / 2) & 0xffffff;
        assertTrue(((middle >> 16) & 0xff) < 128, "the exported ink keeps its dark stored colour");
    }

    private static Color brightestNear(WritableImage image, int x, int y) {
        Color best = Color.BLACK;
        for (int dy = -4; dy <= 4; dy++) {
            Color c = image.getPixelReader().getColor(x, y + dy);
            if (c.getBrightness() > best.getBrightness()) {
                best = c;
            }
        }
        return best;
    }
}
