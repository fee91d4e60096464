package dev.mockloop.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.pack.Pack;
import dev.mockloop.pack.PackBundle;
import dev.mockloop.pack.PackReader;
import dev.mockloop.pack.PackWriter;
import dev.mockloop.pack.io.Download;
import dev.mockloop.pack.io.PackSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Writing a pack of your own in the app, then sharing it. */
@ExtendWith(ApplicationExtension.class)
class PackAuthoringTest {

    @TempDir
    Path dir;

    private MainWindowHarness app;

    @Start
    void start(Stage stage) throws IOException {
        app = new MainWindowHarness(Files.createDirectories(dir.resolve("data")), stage);
    }

    private void writeNewPack(FxRobot robot) {
        robot.clickOn("#nav-packs");
        robot.clickOn("#packs-new");
        robot.clickOn("#editor-title").write("My caching drills");
        robot.clickOn("#editor-id").write("me.caching");
        robot.clickOn("#editor-description").write("Rounds I wrote myself.");
        robot.clickOn("#question-title").write("The cold start");
        robot.clickOn("#question-tags").write("caching warmup");
        robot.clickOn("#question-behavioral").write("Tell me about a launch that fell over.");
        robot.clickOn("#question-design").write("Design cache warming for a new region.");
    }

    @Test
    void saveStaysOffUntilThePackPassesEveryCheck(FxRobot robot) {
        robot.clickOn("#nav-packs");
        robot.clickOn("#packs-new");
        Button save = robot.lookup("#editor-save").queryButton();

        assertTrue(save.isDisabled());
        ListView<?> problems = robot.lookup("#editor-problems").queryAs(ListView.class);
        assertTrue(problems.getItems().contains("Question 1 ((untitled question)): design prompt is empty."),
                problems.getItems().toString());
        robot.clickOn("#editor-title").write("T");
        robot.clickOn("#editor-id").write("Not An Id");
        robot.clickOn("#editor-description").write("D");
        robot.clickOn("#question-title").write("Q");
        robot.clickOn("#question-behavioral").write("B");
        robot.clickOn("#question-design").write("D");

        assertTrue(save.isDisabled());
        assertTrue(problems.getItems().stream().anyMatch(p -> p.toString().startsWith("/id:")), problems.getItems().toString());
    }

    @Test
    void ownPackIsSavedShownOnHomeEditableAndExportsToAFileThatValidates(FxRobot robot) throws Exception {
        writeNewPack(robot);

        robot.clickOn("#editor-save");

        assertTrue(app.window.library().question("me.caching", "the-cold-start").isPresent(), "id made from the title");
        robot.clickOn("#editor-back");
        robot.clickOn(robot.lookup("#packs-table").lookup((java.util.function.Predicate<javafx.scene.Node>)
                n -> n instanceof javafx.scene.control.TableCell<?, ?> c && "My caching drills".equals(c.getText()))
                .<javafx.scene.Node>query());
        assertFalse(robot.lookup("#packs-edit").queryButton().isDisabled(), "your own pack can be edited");
        app.nextExportFile = dir.resolve("share/me.caching.zip");
        robot.clickOn("#packs-export");

        PackSources sources = new PackSources(new PackReader(), new PackWriter(), new Download());
        PackBundle exported = sources.read(dir.resolve("share/me.caching.zip"));
        assertEquals("The cold start", exported.pack().questions().get(0).title());
    }

    @Test
    void anOutlineWrittenOneItemALineIsSavedWithTheQuestion(FxRobot robot) {
        writeNewPack(robot);
        typeInto(robot, "#question-outline-components", "Warm job\nCache");
        typeInto(robot, "#question-outline-estimates", "40 GB: 20 M × 2 KB");
        typeInto(robot, "#question-outline-tradeoffs", "Warm first");

        robot.clickOn("#editor-save");

        dev.mockloop.pack.Outline outline = app.window.library().question("me.caching", "the-cold-start")
                .orElseThrow().question().design().outline();
        assertEquals(java.util.List.of("Warm job", "Cache"), outline.components());
        assertEquals(java.util.List.of("40 GB: 20 M × 2 KB"), outline.estimates());
        assertEquals(java.util.List.of("Warm first"), outline.tradeoffs());
    }

    /** Focuses a field below the fold (as Tab would) and types into it. */
    private static void typeInto(FxRobot robot, String query, String text) {
        javafx.scene.Node field = robot.lookup(query).query();
        robot.interact(field::requestFocus);
        robot.write(text);
    }

    @Test
    void editingASavedPackBumpsItsPatchVersion(FxRobot robot) {
        writeNewPack(robot);
        robot.clickOn("#editor-save");
        robot.clickOn("#editor-back");
        robot.interact(() -> app.window.screens().editor(app.window.library().pack("me.caching").orElseThrow()));

        robot.clickOn("#question-title").write(" again");
        robot.clickOn("#editor-save");

        Pack saved = app.window.library().pack("me.caching").orElseThrow().pack();
        assertEquals("1.0.1", saved.version());
        assertEquals("The cold start again", saved.questions().get(0).title());
    }
}
