package dev.mockloop.ui.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Shape;
import dev.mockloop.sketch.ShapeKind;
import dev.mockloop.sketch.Sketch;
import dev.mockloop.sketch.Style;
import dev.mockloop.ui.common.DirectTaskRunner;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Export from the pad's menu: PNG on white or transparent, the selection or everything, and SVG. */
@ExtendWith(ApplicationExtension.class)
class SketchExportTest {

    private static final String RED = "#dc2626";
    private static final String PINK = "#fee2e2";

    @TempDir
    Path dir;

    private Sketch sketch;
    private SketchPad pad;
    private Shape left;
    private Path next;

    @Start
    void start(Stage stage) {
        sketch = new Sketch();
        left = sketch.add(Shape.of(ShapeKind.RECTANGLE, Bounds.ofSize(100, 100, 200, 100), new Style(RED, 4, PINK)));
        sketch.add(Shape.of(ShapeKind.ELLIPSE, Bounds.ofSize(700, 400, 100, 100), Style.DEFAULT));
        pad = new SketchPad(sketch);
        pad.setExport(new SketchExport((owner, format) -> Optional.ofNullable(next), new DirectTaskRunner()));
        stage.setScene(new Scene(pad, 1000, 700));
        stage.show();
    }

    private BufferedImage exportViaMenu(FxRobot robot, String item, String file) throws Exception {
        next = dir.resolve(file);
        robot.clickOn("#sketch-export").clickOn(item);
        return ImageIO.read(Files.newInputStream(next));
    }

    @Test
    void whitePngOfEverythingHasTheFillInsideTheOutlineOnTheEdgeAndWhiteAround(FxRobot robot) throws Exception {
        BufferedImage png = exportViaMenu(robot, "PNG, white background…", "all.png");

        // Ink bounds (98, 98)-(802, 502) plus 24 px padding: sketch (x, y) lands at (x - 74, y - 74).
        assertEquals(704 + 48, png.getWidth(), 1);
        assertEquals(404 + 48, png.getHeight(), 1);
        assertEquals(0xfee2e2, png.getRGB(200 - 74, 150 - 74) & 0xffffff, "the fill");
        assertEquals(0xdc2626, png.getRGB(100 - 74, 150 - 74) & 0xffffff, "the outline");
        assertEquals(0xffffff, png.getRGB(5, 5) & 0xffffff, "white around");
        assertEquals(0xff, png.getRGB(5, 5) >>> 24, "opaque");
    }

    @Test
    void transparentPngOfTheSelectionIsClearAroundItAndLeavesTheRestOut(FxRobot robot) throws Exception {
        robot.interact(() -> pad.model().select(List.of(left.id())));
        robot.clickOn("#sketch-export").clickOn("#sketch-export-selection");

        BufferedImage png = exportViaMenu(robot, "PNG, transparent background…", "left.png");

        assertEquals(204 + 48, png.getWidth(), 1, "only the selected rectangle");
        assertEquals(104 + 48, png.getHeight(), 1);
        assertEquals(0, png.getRGB(5, 5) >>> 24, "transparent around the ink");
        assertEquals(0xff, png.getRGB(126, 76) >>> 24, "the fill is opaque");
        assertEquals(0xfee2e2, png.getRGB(126, 76) & 0xffffff);
    }

    @Test
    void svgExportWritesAVectorFileWithTheShapes(FxRobot robot) throws Exception {
        next = dir.resolve("sketch");
        robot.clickOn("#sketch-export").clickOn("SVG…");

        Path written = dir.resolve("sketch.svg");
        String svg = Files.readString(written, StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<?xml") && svg.contains("<svg"), svg);
        assertTrue(svg.contains("fill=\"" + PINK + "\"") && svg.contains("stroke=\"" + RED + "\""));
        assertTrue(robot.lookup("#sketch-status").queryLabeled().getText().contains("sketch.svg"),
                "the pad says where it went");
    }

    @Test
    void renderDrawsAtTheSameScaleAsTheBoard() throws Exception {
        byte[] png = FxThread.call(() -> SketchExport.render(List.of(left), SketchExport.Format.PNG_WHITE));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(252, image.getWidth(), 1);
    }
}
