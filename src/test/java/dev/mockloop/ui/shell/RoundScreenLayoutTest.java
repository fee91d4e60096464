package dev.mockloop.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.ui.session.SessionView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The round screen on a laptop-sized window (issue 14): at 1024 x 640 and 1280 x 720 the
 * clock, the phase names and every control of the header and the sketch pad are drawn in
 * full (no text cut to "…", none wider than its control, none outside the window or cut off
 * by a parent), the tools reflow instead of hiding, and folding the panes gives the board
 * the room. Measured sizes are printed as {@code MEASURE} lines; with
 * {@code -Dmockloop.screens=DIR} each state is also written as a PNG into DIR.
 */
@ExtendWith(ApplicationExtension.class)
class RoundScreenLayoutTest {

    @TempDir
    Path dataDir;

    private Stage stage;
    private MainWindowHarness app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void open(FxRobot robot, double width, double height) {
        robot.interact(() -> app = new MainWindowHarness(dataDir, stage, width, height));
        LibraryQuestion longest = app.context.library().questions().stream()
                .filter(q -> q.question().framework().equals("paired-45"))
                .max(java.util.Comparator.comparingInt(q -> q.question().title().length())).orElseThrow();
        robot.interact(() -> app.window.screens().practise(longest, longest.framework()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SessionView session() {
        return (SessionView) app.window.getCenter();
    }

    @Test
    void everyControlIsReadableAt1024x640() {
        checkEveryControlIsReadable(new FxRobot(), 1024, 640);
    }

    @Test
    void everyControlIsReadableAt1280x720() {
        checkEveryControlIsReadable(new FxRobot(), 1280, 720);
    }

    private void checkEveryControlIsReadable(FxRobot robot, double width, double height) {
        open(robot, width, height);
        String size = (int) width + "x" + (int) height;
        assertReadable(robot, size + " before the start");
        shot(robot, "round-" + size + "-prestart");

        robot.clickOn("#session-primary");
        robot.interact(() -> session().model().round().timer().extend(60_000, dev.mockloop.session.ExtendMode.ADD_TO_ROUND));
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#session-next");
        }
        // Overtime: the longest clock texts ("+10:00", "over in phase").
        app.ticker.advanceMillis(16 * 60_000);
        robot.interact(() -> session().model().refresh());
        assertEquals("over in phase", text(robot, "#session-phase-caption"));
        assertReadable(robot, size + " in overtime");
        measureBoard(robot, size + " with both panes");
        shot(robot, "round-" + size + "-overtime");

        robot.clickOn("#session-toggle-prompt");
        robot.clickOn("#session-toggle-notes");
        assertReadable(robot, size + " with both panes folded");
        measureBoard(robot, size + " with both panes folded");
        shot(robot, "round-" + size + "-folded");
    }

    @Test
    void toolsReflowIntoASecondColumnRatherThanHiding(FxRobot robot) {
        open(robot, 1024, 640);
        Node rail = robot.lookup(".sketch-tool-rail").query();
        List<Node> tools = new ArrayList<>(robot.lookup(".sketch-tool-rail").lookup(".toggle-button").queryAll());
        assertEquals(10, tools.size(), "every tool is on the rail");
        for (Node tool : tools) {
            assertTrue(tool.isVisible(), RenderedText.describe(tool));
            assertEquals(List.of(), RenderedText.outside(tool));
            Bounds b = rail.sceneToLocal(tool.localToScene(tool.getLayoutBounds()));
            assertTrue(b.getMaxY() <= rail.getLayoutBounds().getHeight() + 0.5, RenderedText.describe(tool)
                    + " below the rail's end");
        }
        assertTrue(robot.lookup(".tool-bar-overflow-button").tryQuery().isEmpty(), "no overflow button");
    }

    @Test
    void foldingThePanesGivesTheBoardTheWidthAndTheNextRoundRemembersIt(FxRobot robot) {
        open(robot, 1280, 720);
        double before = boardWidth(robot);
        Node prompt = robot.lookup("#session-prompt").query();
        robot.clickOn("#session-toggle-prompt");
        assertFalse(leftColumn(robot).contains(prompt), "the prompt is gone");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT, KeyCode.CONTROL);
        double after = boardWidth(robot);
        assertTrue(after > before + 250, "the board grows from " + before + " to " + after + " px");
        assertEquals("false", app.context.settingsRepository().values().get("layout.round.prompt-shown"));
        assertEquals("false", app.context.settingsRepository().values().get("layout.round.notes-shown"));

        robot.clickOn("#session-leave");  // not started, nothing typed: straight back
        robot.clickOn("#home-questions");
        robot.type(KeyCode.DOWN);
        robot.clickOn("#home-start");
        assertEquals(after, boardWidth(robot), 1, "the next round opens folded too");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.P).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertTrue(robot.lookup("#session-prompt").tryQuery().isPresent(), "Ctrl+Shift+P brings the prompt back");
        assertEquals("true", app.context.settingsRepository().values().get("layout.round.prompt-shown"));
    }

    private static List<Node> leftColumn(FxRobot robot) {
        return robot.lookup("#session-left").queryAs(javafx.scene.control.SplitPane.class).getItems();
    }

    private static double boardWidth(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".sketch-board").query().getLayoutBounds().getWidth();
    }

    private void measureBoard(FxRobot robot, String when) {
        Node board = robot.lookup(".sketch-board").query();
        Labeled phase = robot.lookup("#session-phase-time").queryLabeled();
        System.out.printf(Locale.ROOT, "MEASURE round %s: board %.0f x %.0f px; phase clock \"%s\" %.0f px of %.0f px%n",
                when, board.getLayoutBounds().getWidth(), board.getLayoutBounds().getHeight(), phase.getText(),
                RenderedText.drawnText(phase).getLayoutBounds().getWidth(), phase.getWidth());
    }

    /** Every control in the header and the pad, and the clock and the phase chips: drawn in full, inside the window. */
    private void assertReadable(FxRobot robot, String when) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        List<Labeled> labeled = new ArrayList<>();
        collect(session(), labeled);
        for (Labeled l : labeled) {
            problems.addAll(RenderedText.problems(l));
        }
        for (String id : new String[] {"#session-phase-time", "#session-round-time", "#session-phase-caption",
                "#session-round-caption", "#session-primary", "#session-next", "#session-finish", "#phase-0", "#phase-6"}) {
            assertTrue(labeled.contains(robot.lookup(id).queryLabeled()), id + " was checked");
        }
        assertEquals(List.of(), problems, when + ": " + labeled.size() + " controls checked");
    }

    /** Labeled nodes a person is meant to see: shown, in the header or the pad's bars, not prose in a scrolled pane. */
    private static void collect(Parent parent, List<Labeled> into) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible() || child instanceof ScrollPane || child instanceof TextInputControl
                    || child.getStyleClass().contains("sketch-board") || "probe-layer".equals(child.getId())) {
                continue;
            }
            if (child instanceof Labeled l && !(child.getParent() instanceof Labeled)) {
                if (!l.getStyleClass().contains("cue-banner")) {
                    into.add(l);
                }
            }
            if (child instanceof Parent p && !(child instanceof Labeled)) {
                collect(p, into);
            }
        }
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    /** Writes the window as a PNG when {@code -Dmockloop.screens=DIR} is set. */
    private void shot(FxRobot robot, String name) {
        String dir = System.getProperty("mockloop.screens");
        if (dir == null || dir.isBlank()) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            var image = stage.getScene().snapshot(null);
            try {
                Files.createDirectories(Path.of(dir));
                javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Path.of(dir, name + ".png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
